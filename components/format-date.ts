const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * "2024-04-29" → "29 April 2024", "2020-11" → "November 2020"; `short` abbreviates the
 * month ("Nov 2020"). Fixed English names, not Intl: the card's text is English whatever
 * the browser's locale. Anything else is shown as given rather than hidden.
 */
export function formatDate(value: string, style: 'long' | 'short' = 'long'): string {
  const match = DATE.exec(value);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return value;
  const name = style === 'short' ? month.slice(0, 3) : month;
  const day = match[3] ? `${Number(match[3])} ` : '';
  return `${day}${name} ${match[1]}`;
}

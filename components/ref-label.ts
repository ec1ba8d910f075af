import type { ParagraphRef } from '@/core/dataset';
import type { Texts } from './texts';

/** "¶7", or the standfirst and byline in the reader's words. */
export function refText({ t }: Texts, ref: ParagraphRef): string {
  if (ref === 'standfirst') return t('refs.standfirst');
  if (ref === 'byline') return t('refs.byline');
  return `¶${ref.slice(1)}`;
}

/**
 * The card's stylesheet, placed inside its shadow root.
 *
 * `:host` rules are `!important` because for important declarations the shadow tree
 * wins over the page, so hostile page CSS (`* { all: unset !important }`) cannot
 * restyle the host; `all: initial` stops the page's inherited fonts and colours at the
 * boundary. Nothing here can reach the page: shadow styles do not leak out.
 */
export const CARD_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  background: transparent !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  contain: none !important;
  direction: ltr !important;
  unicode-bidi: isolate !important;
}
.card {
  --bg: #ffffff;
  --fg: #1d2125;
  --muted: #5b636b;
  --line: #d9dde1;
  --accent: #0b7d74;
  --tag-bg: #fbeed5;
  --tag-fg: #7a4a00;
  --button-hover: #eef1f3;
  --shadow: 0 6px 24px rgb(0 0 0 / 0.18), 0 1px 3px rgb(0 0 0 / 0.12);
  position: fixed;
  left: 0;
  top: 0;
  box-sizing: border-box;
  width: max-content;
  /* Wide enough that notes take two or three lines, not five: short beats narrow. */
  max-width: min(420px, calc(100vw - 16px));
  overflow: auto;
  overscroll-behavior: contain;
  padding: 10px 14px 8px;
  border: 1px solid var(--line);
  border-radius: 8px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: var(--shadow);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  text-align: start;
  white-space: normal;
  word-wrap: break-word;
  pointer-events: auto;
  color-scheme: light;
  cursor: auto;
}
.card[data-theme="dark"] {
  --bg: #1f2428;
  --fg: #e7eaed;
  --muted: #a3acb5;
  --line: #3a4148;
  --accent: #4fd1c5;
  --tag-bg: #4a3512;
  --tag-fg: #f5cf8e;
  --button-hover: #2e353b;
  --shadow: 0 6px 24px rgb(0 0 0 / 0.5), 0 1px 3px rgb(0 0 0 / 0.4);
  color-scheme: dark;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
* { box-sizing: border-box; }
p, ul, ol, h2 { margin: 0; padding: 0; }
.head { display: flex; gap: 8px; align-items: flex-start; border-left: 3px solid var(--accent); padding-left: 8px; }
.titles { flex: 1; min-width: 0; }
.name { font-size: 15px; font-weight: 650; line-height: 1.3; }
/* One line: the full list is in its title, and in the text a screen reader reads. */
.aka { color: var(--muted); font-size: 12px; margin-top: 1px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.actions { display: flex; gap: 2px; margin: -4px -6px 0 0; }
.icon {
  all: unset;
  display: inline-grid;
  place-items: center;
  width: 24px;
  height: 24px;
  border-radius: 4px;
  color: var(--muted);
  cursor: pointer;
}
.icon:hover { background: var(--button-hover); color: var(--fg); }
.icon:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.icon[aria-pressed="true"] { color: var(--accent); }
.icon svg { fill: currentColor; stroke: currentColor; stroke-width: 1.6; stroke-linecap: round; }
.icon[aria-pressed="false"] svg { fill: none; }
.summary { margin-top: 6px; }
.notes { list-style: none; margin-top: 6px; display: grid; gap: 4px; }
.note { padding-left: 10px; position: relative; }
.note::before { content: ""; position: absolute; left: 0; top: 0.6em; width: 4px; height: 4px; border-radius: 50%; background: var(--muted); }
.note-view { font-style: italic; }
.tag {
  display: inline-block;
  margin-right: 5px;
  padding: 0 5px;
  border-radius: 3px;
  background: var(--tag-bg);
  color: var(--tag-fg);
  font-size: 10.5px;
  font-style: normal;
  font-weight: 600;
  letter-spacing: 0.03em;
  text-transform: uppercase;
  vertical-align: 1px;
}
.refs { color: var(--muted); font-size: 11px; font-style: normal; white-space: nowrap; }
.timeline { list-style: none; margin-top: 7px; padding-top: 5px; border-top: 1px solid var(--line); display: grid; gap: 3px; font-size: 11.5px; line-height: 1.35; }
.timeline li { display: grid; grid-template-columns: 72px 1fr; gap: 6px; }
.timeline time { color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
.source { margin-top: 7px; padding-top: 5px; border-top: 1px solid var(--line); color: var(--muted); font-size: 11.5px; line-height: 1.35; }
.source cite { font-style: italic; }
.source a { color: inherit; }
.perspective { margin-top: 1px; }
`;

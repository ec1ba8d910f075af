import { escapeHtml, FLOOR_HIGHLIGHT_RULES, PLANT_TEMPLATES, seededRandom } from './article-page';
import type { BenchName } from './names';

/**
 * A page whose text is ONE text node of about `targetBytes` in a <pre>: a long plain-text
 * document or log as a browser shows it. The case where every registered highlight lands on
 * the same node, which is what made accessibility clients crawl (issue 15).
 */
export function textNodePage(options: { targetBytes: number; paragraphs: readonly string[]; names: readonly BenchName[]; seed?: number }): {
  html: string;
  bytes: number;
  plantedMentions: number;
} {
  const random = seededRandom(options.seed ?? 1);
  const { paragraphs, names } = options;
  if (paragraphs.length === 0 || names.length === 0) throw new Error('textNodePage needs prose and names');
  const lines: string[] = [];
  let bytes = 0;
  let planted = 0;
  for (let i = Math.floor(random() * paragraphs.length); bytes < options.targetBytes; i++) {
    let line = paragraphs[i % paragraphs.length] ?? '';
    if (random() < 0.34) {
      const template = PLANT_TEMPLATES[Math.floor(random() * PLANT_TEMPLATES.length)]!;
      line += ` ${template(names[Math.floor(random() * names.length)]!.name)}`;
      planted++;
    }
    lines.push(line, '');
    bytes += Buffer.byteLength(line) + 2;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long plain-text document</title><style>${FLOOR_HIGHLIGHT_RULES}</style></head><body><pre style="white-space:pre-wrap">${escapeHtml(lines.join('\n'))}</pre></body></html>\n`;
  return { html, bytes: Buffer.byteLength(html), plantedMentions: planted };
}

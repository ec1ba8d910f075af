import { highlightDeclarations } from '../../dom/highlight-sheet';
import type { BenchName } from './names';

/**
 * The floor's highlight rules (see runFloor in probes.ts), in the page's own stylesheet so
 * registering a highlight restyles nothing. `bench-floor` draws with the extension's own
 * look (one entity's, on `:root` as the extension's rules are in Chromium): its underline,
 * which the issue asks for as a cue beyond colour, is most of what painting a highlight
 * costs. `bench-floor-plain` is a plain background, as the floor drew before.
 */
export const FLOOR_HIGHLIGHT_RULES = `:root::highlight(bench-floor){${highlightDeclarations('karabakh', 'background')}}::highlight(bench-floor-plain){background:#fde68a}`;

export interface ArticlePageOptions {
  /** Approximate size of the HTML in bytes (UTF-8); the page stops at the first section past it. */
  targetBytes: number;
  paragraphs: readonly string[];
  names: readonly BenchName[];
  /** Same seed, same page: runs compare like with like. */
  seed?: number;
  title?: string;
}

export interface ArticlePage {
  html: string;
  bytes: number;
  /** Names this generator put in on purpose; the prose brings more of its own. */
  plantedMentions: number;
}

/** A small deterministic PRNG (mulberry32): the pages must not change between runs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const PLANT_TEMPLATES = [
  (name: string) => `Correspondents who travelled to ${name} this week found the roads busier than a year ago.`,
  (name: string) => `The statement returned to ${name} twice, without adding any detail.`,
  (name: string) => `Several readers wrote in about ${name} after the last issue.`,
  (name: string) => `${name} came up again at the briefing, and the question was left open.`,
];

/**
 * A name as a news site would mark it up: plain, wrapped whole in a link or bold, or
 * split across an element boundary (`Nagorno-<b>Karabakh</b>`), which a text-node-at-a-time
 * scanner must still find.
 */
function markUpName(name: string, random: () => number): string {
  const roll = random();
  if (roll < 0.5) return escapeHtml(name);
  if (roll < 0.7) return `<a href="/topic/${encodeURIComponent(name)}">${escapeHtml(name)}</a>`;
  if (roll < 0.85) return `<b>${escapeHtml(name)}</b>`;
  const cut = Math.max(name.indexOf(' '), name.indexOf('-'));
  if (cut <= 0) return `<strong>${escapeHtml(name)}</strong>`;
  return `${escapeHtml(name.slice(0, cut + 1))}<b>${escapeHtml(name.slice(cut + 1))}</b>`;
}

/** Wraps every few words in a link, bold or emphasis, as article bodies do: many small text nodes. */
function markUpProse(text: string, random: () => number): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = escapeHtml(words[i] ?? '');
    const roll = random();
    if (roll < 0.07 && i + 1 < words.length) {
      out.push(`<a href="/wiki/${i}">${word} ${escapeHtml(words[++i] ?? '')}</a>`);
    } else if (roll < 0.12) {
      out.push(`<b>${word}</b>`);
    } else if (roll < 0.15) {
      out.push(`<em>${word}</em>`);
    } else {
      out.push(word);
    }
  }
  return out.join(' ');
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/**
 * An article-like page of about `targetBytes`: site header and navigation, headings,
 * paragraphs with inline links and bold, lists, quotes, an aside of related links and a
 * footer. Roughly one paragraph in three carries a planted mention, on top of the names
 * the prose already has.
 */
export function articlePage(options: ArticlePageOptions): ArticlePage {
  const random = seededRandom(options.seed ?? 1);
  const { paragraphs, names } = options;
  if (paragraphs.length === 0 || names.length === 0) throw new Error('articlePage needs prose and names');
  const title = options.title ?? 'Regional affairs: a long read';
  const head = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:0 auto;padding:1rem}',
    'nav a{margin-right:.6rem}aside{border-top:1px solid #ccc;font-size:.9rem}blockquote{font-style:italic}',
    FLOOR_HIGHLIGHT_RULES,
    '</style>',
    '</head><body><header><nav>',
    ...Array.from({ length: 24 }, (_, i) => `<a href="/section/${i}">Section ${i + 1}</a>`),
    `</nav></header><main><article><h1>${escapeHtml(title)}</h1>`,
    '<p class="byline">By the desk, filed from the region</p>\n',
  ].join('');
  const tail = '</article></main><footer><p>Generated page for benchmarking.</p></footer></body></html>\n';
  const parts: string[] = [head];
  let bytes = Buffer.byteLength(head + tail);
  let planted = 0;
  let paragraphIndex = Math.floor(random() * paragraphs.length);
  for (let section = 1; bytes < options.targetBytes; section++) {
    const chunk: string[] = [
      `<section id="s${section}"><h2>Part ${section}: ${markUpProse(pick(paragraphs, random).split(' ').slice(0, 6).join(' '), random)}</h2>\n`,
    ];
    const count = 4 + Math.floor(random() * 5);
    for (let p = 0; p < count; p++) {
      const prose = paragraphs[paragraphIndex++ % paragraphs.length] ?? '';
      let body = markUpProse(prose, random);
      if (random() < 0.34) {
        const template = pick(PLANT_TEMPLATES, random);
        body += ` ${template(markUpName(pick(names, random).name, random))}`;
        planted++;
      }
      const shape = random();
      if (shape < 0.08) {
        const items = prose.split(/(?<=\.) /).slice(0, 5);
        chunk.push(`<ul>${items.map((item) => `<li>${markUpProse(item, random)}</li>`).join('\n')}</ul>\n`);
        chunk.push(`<p>${body}</p>\n`);
      } else if (shape < 0.12) {
        chunk.push(`<blockquote><p>${body}</p></blockquote>\n`);
      } else {
        chunk.push(`<p>${body}</p>\n`);
      }
    }
    chunk.push(
      `<aside><h3>Related</h3><ul>${Array.from({ length: 3 }, (_, i) => `<li><a href="/related/${section}/${i}">${escapeHtml(pick(paragraphs, random).slice(0, 60))}</a></li>`).join('')}</ul></aside></section>\n`,
    );
    const html = chunk.join('');
    parts.push(html);
    bytes += Buffer.byteLength(html);
  }
  parts.push(tail);
  const html = parts.join('');
  return { html, bytes: Buffer.byteLength(html), plantedMentions: planted };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the prose of a generated page came from: said in the benchmark's output. */
export type ProseSource = 'corpus' | 'generated';

export interface Prose {
  source: ProseSource;
  paragraphs: string[];
}

/** Shorter lines are headings, list fragments or metadata, not article prose. */
const MIN_PARAGRAPH_CHARS = 80;

/**
 * Paragraphs of real prose about the region, read at run time from the shared corpus
 * (`../shared/corpus/docs/*.txt`) so that none of it is copied into the repository.
 * Falls back to generated sentences when the corpus is absent, so the benchmark still runs.
 */
export function loadProse(corpusDir: string): Prose {
  const files = existsSync(corpusDir)
    ? readdirSync(corpusDir)
        .filter((name) => name.endsWith('.txt'))
        .sort()
    : [];
  const paragraphs = files.flatMap((name) => proseParagraphs(readFileSync(join(corpusDir, name), 'utf8')));
  if (paragraphs.length >= 20) return { source: 'corpus', paragraphs };
  return { source: 'generated', paragraphs: generatedParagraphs(400) };
}

/** Drops YAML front matter and light Markdown, keeps lines long enough to be paragraphs. */
export function proseParagraphs(text: string): string[] {
  const body = text.startsWith('---') ? text.replace(/^---\n[\s\S]*?\n---\n/, '') : text;
  return body
    .split('\n')
    .map((line) =>
      line
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // Markdown links keep their text
        .replace(/[*_#`>]+/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line.length >= MIN_PARAGRAPH_CHARS && !line.includes('|') && !/^[-:\w]+:\s/.test(line));
}

const SUBJECTS = [
  'The ministry',
  'A spokesman',
  'The delegation',
  'Local officials',
  'Analysts in the capital',
  'The committee',
  'Observers',
];
const VERBS = ['said', 'reported', 'argued', 'noted', 'confirmed', 'warned', 'suggested'];
const OBJECTS = [
  'that the talks on the border would resume next month',
  'that road traffic had returned to normal levels',
  'that the grain harvest was larger than expected',
  'that the new railway line would open in the spring',
  'that energy prices had risen for the third quarter running',
  'that the delegation would travel to Brussels and Moscow',
  'that reconstruction of the bridges was ahead of schedule',
];

/** Deterministic filler sentences in the shape of news prose. */
export function generatedParagraphs(count: number): string[] {
  const paragraphs: string[] = [];
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      const k = p * 5 + s;
      sentences.push(`${SUBJECTS[k % SUBJECTS.length]} ${VERBS[(k >> 1) % VERBS.length]} ${OBJECTS[(k * 3) % OBJECTS.length]}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

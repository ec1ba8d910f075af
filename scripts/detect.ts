/**
 * CLI detector: `npm run --silent detect -- FILE...` prints one JSON line per file,
 * {"file": "<path as given>", "mentions": [{start, end, entity, text}]}, with UTF-16
 * offsets into the file's UTF-8 text, each file being one page.
 */
import { readFileSync } from 'node:fs';
import { findMentions } from '../core/detect/matcher';

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent detect -- FILE...\n');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      process.stderr.write(`detect: cannot read ${file}: ${reason}\n`);
      failed++;
      continue;
    }
    const mentions = findMentions(text).map(({ start, end, entity, text: said }) => ({ start, end, entity, text: said }));
    process.stdout.write(`${JSON.stringify({ file, mentions })}\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

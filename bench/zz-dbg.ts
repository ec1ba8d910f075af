// npx tsx bench/zz-dbg.ts FILE [grep]
import { readFileSync } from 'node:fs';
import { compileLexicon } from '../core/detect/compiled-lexicon';
import { defaultLexicon } from '../core/detect/lexicon';
import { scanChunk } from '../core/detect/disambiguate';
import { applyChunk, emptyCounts, judgePage, accepted } from '../core/detect/page-state';
const [file, pat] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const lex = compileLexicon(defaultLexicon);
const cands = scanChunk(text, lex);
const counts = emptyCounts(lex);
applyChunk(counts, cands, lex, 1);
const page = judgePage(counts);
console.log('page bits', page.toString(2), JSON.stringify(counts));
const D = ['Accept', 'Reject', 'PageSense', 'PageTopic'];
for (const c of cands) {
  const s = text.slice(c.start, c.end);
  if (pat && !new RegExp(pat).test(s) && !new RegExp(pat).test(text.slice(c.start - 60, c.end + 60))) continue;
  const ctx = text.slice(Math.max(0, c.start - 50), c.end + 40).replace(/\n/g, '⏎');
  console.log(
    `${c.start} ${lex.families[c.family]!.id} ${D[c.decision]}${c.rejectedAs ? '(' + c.rejectedAs + ')' : ''}${c.local ? ' local' : ''}${c.placeOnly ? ' place' : ''} => ${accepted(c, lex, page) ? 'YES' : 'no'} | ${ctx}`,
  );
}
import { findCues } from '../core/detect/find-cues';
import { sentenceStart, sentenceEnd } from '../core/detect/sentence-bounds';
if (process.env.CUES) {
  const at = Number(process.env.CUES);
  const s = sentenceStart(text, at),
    e = sentenceEnd(text, at);
  const out: any[] = [];
  findCues(text, s, e, lex, out);
  const names = Object.keys(defaultLexicon.cues);
  for (const c of out) console.log('  cue', names[c.cue], JSON.stringify(text.slice(c.start, c.end)), c.start);
}

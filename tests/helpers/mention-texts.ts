/**
 * The text of each mention the extension's matcher finds in `text`, in order, optionally of
 * one entity only: what the detection probes (tests/core/detect/*) compare against.
 */
import { findMentions } from '../../core/detect/matcher';
import type { Lexicon } from '../../core/detect/lexicon';
import type { Mention } from '../../core/entities';

export const mentionTexts = (text: string, entity?: Mention['entity'], lexicon?: Lexicon): string[] =>
  findMentions(text, lexicon)
    .filter((m) => !entity || m.entity === entity)
    .map((m) => text.slice(m.start, m.end));

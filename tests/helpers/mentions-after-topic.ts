/**
 * The mentions of one entity in the second line of a page whose first line is about the
 * region: how a topic family's name reads on a page about Karabakh when its own sentence
 * does not name the region.
 */
import { findMentions } from '../../core/detect/matcher';
import type { Mention } from '../../core/entities';

export function mentionsAfterTopic(topic: string, sentence: string, entity: Mention['entity']): string[] {
  const text = `${topic}\n${sentence}`;
  return findMentions(text)
    .filter((m) => m.entity === entity && m.start > topic.length)
    .map((m) => text.slice(m.start, m.end));
}

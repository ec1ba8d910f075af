/**
 * The mentions of one entity in the second line of a page whose first line sets its topic:
 * how a name reads on a page about Karabakh when its own sentence does not name the region,
 * or on a page about rugs or horses when only its sentence's grammar can make it the region.
 */
import { findMentions } from '../../core/detect/matcher';
import type { Mention } from '../../core/entities';

export function mentionsAfterTopic(topic: string, sentence: string, entity: Mention['entity']): string[] {
  const text = `${topic}\n${sentence}`;
  return findMentions(text)
    .filter((m) => m.entity === entity && m.start > topic.length)
    .map((m) => text.slice(m.start, m.end));
}

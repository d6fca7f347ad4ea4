import type { DefinitionReply } from '../../src/replies/reply.ts';
import { type Block, contexts, sections } from './blocks.ts';
import { escapeMrkdwn } from './escape.ts';
import { linkedTitleAndDate } from './render-answers.ts';

/** "*SDA* stands for *space domain awareness*", the defining sentence, other spellings, then the sources. */
export function definitionBlocks(reply: DefinitionReply): Block[] {
  const [usual, ...others] = reply.expansions;
  if (!usual) return sections([`*${escapeMrkdwn(reply.acronym)}*`]);
  return [
    ...sections([
      `:book: *${escapeMrkdwn(reply.acronym)}* stands for *${escapeMrkdwn(usual.text)}*.`,
      `> ${escapeMrkdwn(usual.citation.sentence)}`,
      ...others.map((e) => `Also written: ${escapeMrkdwn(e.text)} (${timesText(e.count)})`),
    ]),
    ...contexts(reply.expansions.map((e, i) => `[${i + 1}] ${linkedTitleAndDate(e.citation)}`)),
  ];
}

function timesText(count: number): string {
  return count === 1 ? '1 article' : `${count} articles`;
}

import type { APIEmbed } from 'discord.js';
import type { DefinitionReply } from '../../../src/replies/reply.ts';
import { COLORS } from '../colors.ts';
import { joinWithin, LIMITS } from '../limits.ts';
import { plain, sourceLine } from '../markdown.ts';

/** The acronym as title, its usual expansion with the defining sentence, other spellings, the sources. */
export function definitionEmbed(reply: DefinitionReply): APIEmbed {
  const [usual, ...others] = reply.expansions;
  const lines = usual
    ? [
        `**${plain(reply.acronym)}** stands for **${plain(usual.text)}**.`,
        `> ${plain(usual.citation.sentence)}`,
        ...others.map(
          (e) => `Also written: ${plain(e.text)} (${e.count === 1 ? '1 article' : `${e.count} articles`})`,
        ),
      ]
    : [];
  return {
    color: COLORS.answer,
    title: plain(reply.acronym),
    description: joinWithin(lines, LIMITS.description),
    fields: [
      {
        name: 'Sources',
        value: joinWithin(
          reply.expansions.map((e, i) => `${i + 1}. ${sourceLine(e.citation)}`),
          LIMITS.fieldValue,
        ),
      },
    ],
  };
}

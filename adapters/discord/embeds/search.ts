import type { APIEmbed } from 'discord.js';
import type { SearchReply, SearchResult } from '../../../src/replies/reply.ts';
import { echo } from '../../../src/text/echo.ts';
import { plural, pluralNoun } from '../../../src/text/plural.ts';
import { COLORS } from '../colors.ts';
import { joinWithin, LIMITS } from '../limits.ts';
import { plain, sourceLine } from '../markdown.ts';

/** Ranked results, each a linked title with its date and the matching snippet. */
export function searchEmbed(reply: SearchReply): APIEmbed {
  const count = reply.results.length;
  const blocks = reply.results.map(resultBlock);
  return {
    color: count > 0 ? COLORS.listing : COLORS.miss,
    title: `Search: ${plain(echo(reply.query))}`,
    description:
      count > 0
        ? joinWithin(blocks, LIMITS.description, {
            separator: '\n\n',
            more: (left) => `…and ${left} more ${pluralNoun(left, 'result')}`,
          })
        : `Nothing in the knowledge base matches “${plain(echo(reply.query))}”. Try fewer or other words.`,
    footer: { text: plural(count, 'result') },
  };
}

function resultBlock(result: SearchResult, index: number): string {
  const snippet = result.snippet.trim();
  const head = `**${index + 1}.** ${sourceLine(result)}`;
  return snippet ? `${head}\n${plain(snippet)}` : head;
}

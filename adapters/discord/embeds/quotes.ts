import type { APIEmbed } from 'discord.js';
import { omittedQuotesNote } from '../../../src/replies/cap-reply.ts';
import type { QuotesReply, QuoteView } from '../../../src/replies/reply.ts';
import { echo } from '../../../src/text/echo.ts';
import { COLORS } from '../colors.ts';
import { plain, sourceLine } from '../markdown.ts';

/** One embed per quote: speaker and role as the author line, the words, then the article it is from. */
export function quoteEmbeds(reply: QuotesReply): APIEmbed[] {
  if (reply.quotes.length === 0) {
    const who = reply.speaker ? ` by ${plain(echo(reply.speaker))}` : '';
    const about = reply.query ? ` about “${plain(echo(reply.query))}”` : '';
    return [{ color: COLORS.miss, description: `I found no quote${who}${about}.` }];
  }
  const omitted = reply.omitted
    ? [{ color: COLORS.quote, description: omittedQuotesNote(reply.omitted) }]
    : [];
  return [...reply.quotes.map(quoteEmbed), ...omitted];
}

function quoteEmbed(quote: QuoteView): APIEmbed {
  const author = quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
  return {
    color: COLORS.quote,
    author: { name: author },
    // The source has its own field, so truncating a very long quote never loses where it is from.
    description: `“${plain(quote.text)}”`,
    fields: [{ name: 'Source', value: sourceLine(quote) }],
  };
}

import type { APIEmbed } from 'discord.js';
import type { AnswerReply, Citation, NoAnswerReply } from '../../../src/replies/reply.ts';
import { echo } from '../../../src/text/echo.ts';
import { COLORS } from '../colors.ts';
import { joinWithin, LIMITS } from '../limits.ts';
import { plain, sourceLine, withHighlight, withoutMentions } from '../markdown.ts';

/** The answer with its key span in bold, the cited articles as linked titles with dates, the confidence. */
export function answerEmbed(reply: AnswerReply): APIEmbed {
  return {
    color: COLORS.answer,
    title: plain(echo(reply.question)),
    description: withHighlight(reply.text, reply.highlight),
    fields: reply.citations.length > 0 ? [sourcesField('Sources', reply.citations)] : [],
    footer: { text: confidenceText(reply.confidence) },
  };
}

/** An expected miss: said plainly, as an ordinary reply, with the closest articles to read instead. */
export function noAnswerEmbed(reply: NoAnswerReply): APIEmbed {
  return {
    color: COLORS.miss,
    title: plain(echo(reply.question)),
    description: withoutMentions(reply.message),
    fields: reply.closest.length > 0 ? [sourcesField('Closest articles', reply.closest)] : [],
    footer: { text: confidenceText(reply.confidence) },
  };
}

function sourcesField(name: string, citations: Citation[]) {
  const lines = citations.map((citation, index) => `${index + 1}. ${sourceLine(citation)}`);
  return { name, value: joinWithin(lines, LIMITS.fieldValue) };
}

function confidenceText(confidence: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, confidence)) * 100);
  return `Confidence ${percent}%`;
}

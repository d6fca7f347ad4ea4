import type { Article } from '../../knowledge/article.ts';
import { type ParagraphSpan, paragraphSpans } from '../paragraphs.ts';
import type { Quote, Sentence } from '../types.ts';
import { type Attribution, findAttribution, findIntroAttribution, type QuoteContext } from './attribution.ts';
import { countWords, isTitleCase } from './filters.ts';
import { findMentions, type Mention } from './mentions.ts';
import { buildNameTable } from './name-table.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.ts';
import { isPerson, resolveSpeaker, type Speaker } from './resolve-speaker.ts';
import { sentenceAt, sentenceBefore } from './sentence-at.ts';

/** Quotes shorter than this many words are kept only when a reporting clause or speech cue attributes them. */
const MIN_UNATTRIBUTED_WORDS = 4;
const MAX_CLAUSE_BETWEEN = 80;
/** Quotation marks after this many quotes are not read: news articles hold a few dozen, not thousands. */
export const MAX_QUOTES_PER_ARTICLE = 1_000;

interface Attributed {
  span: QuoteSpan;
  speaker: Speaker;
}

/**
 * The direct quotations of `article`, in order, each with its speaker. A quote takes its speaker
 * from a reporting clause next to it, else from the subject of its sentence when the sentence
 * shows speech (or of the previous paragraph when that ends with a colon), else from the quote
 * before it in the same paragraph, or in the previous paragraph when it opens its own (a
 * continued or floating quote). Scare quotes and titles (short or Title Case quotes without a
 * reporting clause) and quotes with no speaker are left out. Only the first
 * {@link MAX_QUOTES_PER_ARTICLE} quotes are read, which bounds the work on a hostile text.
 */
export function extractQuotes(article: Article, sentences: Sentence[]): Quote[] {
  const { body } = article;
  const paragraphs = paragraphSpans(body);
  const spans = findQuoteSpans(body, paragraphs).slice(0, MAX_QUOTES_PER_ARTICLE);
  if (spans.length === 0) return [];
  const mentions = findMentions(body, sentences, spans);
  const table = buildNameTable(mentions);
  const isKnownPerson = (mention: Mention) => isPerson(mention, table);
  const quotes: Quote[] = [];
  const shared = { body, mentions, isKnownPerson, paragraphs, sentences };
  let previous: Attributed | null = null;
  spans.forEach((span, i) => {
    const attribution = attribute(shared, span, spans[i - 1], spans[i + 1]);
    const text = body.slice(span.start, span.end);
    const follows = previous && continuesFrom(previous.span, span, paragraphs) ? previous : null;
    if (!isQuotation(text, attribution, follows !== null && isRightAfter(follows.span, span))) return;
    const speaker = (attribution && resolveSpeaker(attribution.cue, table, mentions)) ?? follows?.speaker;
    if (!speaker) return;
    quotes.push({
      id: `${article.id}@${span.start}`,
      articleId: article.id,
      text,
      ...speaker,
      start: span.start,
      end: span.end,
    });
    previous = { span, speaker };
  });
  return quotes;
}

interface ArticleParts extends Pick<QuoteContext, 'body' | 'mentions' | 'isKnownPerson'> {
  paragraphs: ParagraphSpan[];
  sentences: Sentence[];
}

function attribute(
  parts: ArticleParts,
  span: QuoteSpan,
  earlier?: QuoteSpan,
  next?: QuoteSpan,
): Attribution | null {
  const { body, paragraphs, sentences } = parts;
  const sentence = sentenceAt(sentences, span.openAt);
  const paragraph = paragraphs[span.paragraph];
  if (!sentence || !paragraph) return null;
  const context: QuoteContext = {
    ...parts,
    span,
    afterLimit: next && next.paragraph === span.paragraph ? next.openAt : paragraph.end,
    sentenceEnd: sentenceAt(sentences, Math.max(span.start, span.closeEnd - 1))?.end ?? paragraph.end,
    beforeStart: earlier && earlier.closeEnd > sentence.start ? earlier.closeEnd : sentence.start,
    beforeEnd: span.openAt,
  };
  const found = findAttribution(context);
  if (found) return found;
  const opensParagraph = span.openAt === paragraph.start;
  const intro = opensParagraph ? paragraphs[span.paragraph - 1] : undefined;
  const previous = sentenceBefore(sentences, intro?.end ?? sentence.start);
  if (!previous || (!opensParagraph && previous.paragraph !== sentence.paragraph)) return null;
  const introContext = { ...context, beforeStart: previous.start, beforeEnd: previous.end };
  // "Caddell continued:" closing the previous paragraph introduces this one.
  if (intro && body.slice(0, intro.end).endsWith(':')) return findAttribution(introContext);
  const cue = findIntroAttribution(introContext);
  return cue ? { cue, strength: 'nearby' } : null;
}

/**
 * Title Case text without a reporting clause is a title; a short quote needs a speech cue or must
 * follow an attributed quote closely (“I would,” Melanie said. “I would, Donald.”).
 */
function isQuotation(text: string, attribution: Attribution | null, isCloseFollower: boolean): boolean {
  if (attribution?.strength === 'adjacent') return true;
  if (isTitleCase(text)) return false;
  if (attribution?.strength === 'sentence' || isCloseFollower) return true;
  return countWords(text) >= MIN_UNATTRIBUTED_WORDS;
}

/** In the same paragraph, with no more than a reporting clause between the two quotes. */
function isRightAfter(previous: QuoteSpan, span: QuoteSpan): boolean {
  return span.paragraph === previous.paragraph && span.openAt - previous.closeEnd <= MAX_CLAUSE_BETWEEN;
}

/** Same paragraph, or the next one when this quote opens it (a continued or floating quote). */
function continuesFrom(previous: QuoteSpan, span: QuoteSpan, paragraphs: ParagraphSpan[]): boolean {
  if (span.paragraph === previous.paragraph) return true;
  return span.paragraph === previous.paragraph + 1 && span.openAt === paragraphs[span.paragraph]?.start;
}

import type { AnalyzedArticle, Passage, Quote, Sentence } from '../analysis/types.ts';
import type { Article } from '../knowledge/article.ts';

/**
 * An analysis as cached on disk, without the text the body already holds: sentences as
 * [start, end, paragraph], passages as [index, first sentence, sentence count], quotes without
 * their text. A third of the size of the full analysis, so a cached start parses less.
 */
export interface CompactAnalysis {
  compact: 1;
  article: Article;
  sentences: [number, number, number][];
  passages: [number, number, number][];
  quotes: Omit<Quote, 'id' | 'articleId' | 'text'>[];
}

/** Compacts `item`; returns it unchanged when some part cannot be rebuilt exactly from the body. */
export function compactAnalysis(item: AnalyzedArticle): CompactAnalysis | AnalyzedArticle {
  const { article, sentences } = item;
  const passages = item.passages.map((passage) => compactPassage(passage, item));
  const isExact =
    sentences.every((sentence) => sentence.text === article.body.slice(sentence.start, sentence.end)) &&
    passages.every((passage) => passage !== undefined) &&
    item.quotes.every((quote) => isDerivableQuote(quote, article));
  if (!isExact) return item;
  return {
    compact: 1,
    article,
    sentences: sentences.map((sentence): [number, number, number] => [
      sentence.start,
      sentence.end,
      sentence.paragraph,
    ]),
    passages: passages as [number, number, number][],
    quotes: item.quotes.map(({ id: _id, articleId: _articleId, text: _text, ...rest }) => rest),
  };
}

/** The full analysis back from `compactAnalysis` output (or a full analysis, as is). */
export function expandAnalysis(entry: CompactAnalysis | AnalyzedArticle): AnalyzedArticle {
  if (!('compact' in entry)) return entry;
  const { article } = entry;
  const { sentences, passages } = expandText(article, entry.sentences.flat(), entry.passages.flat());
  const quotes: Quote[] = entry.quotes.map((quote) => ({
    id: `${article.id}@${quote.start}`,
    articleId: article.id,
    text: article.body.slice(quote.start, quote.end),
    ...quote,
  }));
  return { article, sentences, passages, quotes };
}

/**
 * Sentences and passages from their compact form, flattened: sentences as (start, end,
 * paragraph) triples, passages as (index, first sentence, sentence count) triples.
 */
export function expandText(
  article: Article,
  sentenceTriples: ArrayLike<number>,
  passageTriples: ArrayLike<number>,
): { sentences: Sentence[]; passages: Passage[] } {
  const { body } = article;
  const sentences: Sentence[] = [];
  for (let at = 0; at + 2 < sentenceTriples.length; at += 3) {
    const start = sentenceTriples[at] ?? 0;
    const end = sentenceTriples[at + 1] ?? 0;
    sentences.push({ text: body.slice(start, end), start, end, paragraph: sentenceTriples[at + 2] ?? 0 });
  }
  const passages: Passage[] = [];
  for (let at = 0; at + 2 < passageTriples.length; at += 3) {
    const index = passageTriples[at] ?? 0;
    const first = passageTriples[at + 1] ?? 0;
    const window = sentences.slice(first, first + (passageTriples[at + 2] ?? 0));
    const start = window[0]?.start ?? 0;
    const end = window.at(-1)?.end ?? start;
    passages.push({
      id: `${article.id}#${index}`,
      articleId: article.id,
      index,
      text: body.slice(start, end),
      start,
      end,
      sentences: window,
    });
  }
  return { sentences, passages };
}

function compactPassage(passage: Passage, item: AnalyzedArticle): [number, number, number] | undefined {
  const { article, sentences } = item;
  const first = sentences.findIndex((sentence) => sentence.start === passage.sentences[0]?.start);
  const count = passage.sentences.length;
  const isExact =
    count > 0 &&
    first >= 0 &&
    passage.id === `${article.id}#${passage.index}` &&
    passage.articleId === article.id &&
    passage.sentences.every((sentence, offset) => sameSentence(sentence, sentences[first + offset])) &&
    passage.start === passage.sentences[0]?.start &&
    passage.end === passage.sentences.at(-1)?.end &&
    passage.text === article.body.slice(passage.start, passage.end);
  return isExact ? [passage.index, first, count] : undefined;
}

function sameSentence(a: Sentence, b: Sentence | undefined): boolean {
  return (
    b !== undefined &&
    a.start === b.start &&
    a.end === b.end &&
    a.paragraph === b.paragraph &&
    a.text === b.text
  );
}

function isDerivableQuote(quote: Quote, article: Article): boolean {
  return (
    quote.id === `${article.id}@${quote.start}` &&
    quote.articleId === article.id &&
    quote.text === article.body.slice(quote.start, quote.end)
  );
}

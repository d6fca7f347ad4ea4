import type { AnalyzedArticle, Quote } from '../analysis/types.ts';
import { wordCount } from '../summarize/eligibility.ts';

/**
 * The quote a digest shows for an article: a complete thought (6 to 60 words, shorter or longer
 * ones lose points), said by someone named in full with a title or role, early in the article.
 * Quotes inside `shown` (the summary sentences already in the digest) are skipped, so the item
 * never says the same thing twice. Ties go to the earlier quote.
 */
export function strongestQuote(item: AnalyzedArticle, shown: readonly string[] = []): Quote | undefined {
  let best: { quote: Quote; score: number } | undefined;
  const length = Math.max(item.article.body.length, 1);
  for (const quote of item.quotes) {
    if (shown.some((sentence) => sentence.includes(quote.text))) continue;
    const score = quoteScore(quote, length);
    if (!best || score > best.score) best = { quote, score };
  }
  return best?.quote;
}

function quoteScore(quote: Quote, bodyLength: number): number {
  const words = wordCount(quote.text);
  const lengthFit = words < 6 ? words / 6 : words > 60 ? 60 / words : 1;
  const named = quote.speaker.trim() !== quote.speakerShort.trim() ? 0.5 : 0;
  const role = quote.role ? 0.2 : 0;
  const early = 0.3 * (1 - quote.start / bodyLength);
  return lengthFit + named + role + early;
}

import type { Quote } from '../analysis/types.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import { findQuotes } from '../quotes/find-quotes.ts';
import { articleTerms } from './article-terms.ts';
import type { QuestionIntent } from './question-intent.ts';
import { focusTerms, type QuestionTerms } from './question-terms.ts';
import { type Candidate, rankScore } from './rank-sentences.ts';
import type { RetrievedArticle } from './retrieve.ts';
import { sentenceFeatures } from './sentence-features.ts';
import { TITLE_WORDS } from './spans/lexicon.ts';

/**
 * Candidates for "what did X say…": the sentences holding a quotation by X, highlighted on the
 * quoted words. None when the knowledge base quotes nobody of that name, which refuses the question.
 */
export function quoteCandidates(
  kb: KnowledgeBase,
  intent: QuestionIntent,
  terms: QuestionTerms,
  retrieved: RetrievedArticle[],
): Candidate[] {
  const quotes = quotesBy(kb.quotes(), intent.speaker ?? '');
  const candidates: Candidate[] = [];
  const articles = new Map(retrieved.map((entry) => [entry.item.article.id, entry]));
  for (const quote of quotes) {
    const entry = articles.get(quote.articleId) ?? standIn(kb, quote.articleId);
    if (!entry) continue;
    articles.set(quote.articleId, entry);
    const focus = focusTerms(terms, articleTerms(entry.item).titleStems);
    for (const [index, sentence] of entry.item.sentences.entries()) {
      const start = Math.max(quote.start, sentence.start);
      const end = Math.min(quote.end, sentence.end);
      if (start >= end) continue;
      const span = {
        text: sentence.text.slice(start - sentence.start, end - sentence.start),
        start: start - sentence.start,
        end: end - sentence.start,
        class: 'name' as const,
        fit: 1,
      };
      const features = sentenceFeatures({ retrieved: entry, focus, index, terms, intent, span });
      candidates.push({ retrieved: entry, index, features, score: rankScore(features), highlight: span });
    }
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/**
 * The speaker's quotes as the quote finder matches speakers (surname, full name, rank, role);
 * failing that, by the name words alone, as questions sometimes give a rank the article does not.
 */
function quotesBy(quotes: Quote[], speaker: string): Quote[] {
  const found = findQuotes(quotes, { speaker }, { limit: quotes.length });
  return found.length > 0 ? found : quotes.filter((quote) => isSpokenBy(quote, speaker));
}

/** An article the index did not rank but that quotes the speaker: it takes part with no retrieval score. */
function standIn(kb: KnowledgeBase, articleId: string): RetrievedArticle | undefined {
  const item = kb.get(articleId);
  return item ? { item, articleScore: 0, passageScores: new Map() } : undefined;
}

/** "Lt. Gen. James" names "Lt. Gen. Thomas James": every name word the question gives is in the speaker's name. */
export function isSpokenBy(quote: Quote, speaker: string): boolean {
  const wanted = nameWords(speaker);
  if (wanted.length === 0) return false;
  const have = new Set([...nameWords(quote.speaker), ...nameWords(quote.speakerShort)]);
  return wanted.every((word) => have.has(word));
}

function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((word) => word && !TITLE_WORDS.has(word))
    .map((word) =>
      word
        .toLowerCase()
        .replace(/['’]s$/, '')
        .replace(/[.,]$/, ''),
    );
}

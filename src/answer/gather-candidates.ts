import type { Quote } from '../analysis/types.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import { askedOpposites } from './antonyms/antonyms.ts';
import { articleTerms } from './article-terms.ts';
import { classifyQuestion, isStrictKind } from './question-intent.ts';
import { questionShape } from './question-shape.ts';
import { coverage, focusTerms, type QuestionTerms, questionTerms } from './question-terms.ts';
import {
  type ArticleContext,
  candidateFeatures,
  type FeatureVector,
  lacksQuestionNumber,
  type QuestionContext,
  setRelativeFeatures,
} from './ranker/features.ts';
import {
  followsAskedNoun,
  hasRoleApposition,
  hasRoleNounNear,
  roleStemsOf,
  spanProximity,
} from './ranker/span-neighbours.ts';
import { type RetrievedArticle, retrieveArticles } from './retrieve.ts';
import { questionAcronyms, type TypedSpan, typedSpans } from './spans/typed-spans.ts';
import { quotesBy, speakerNameWords } from './speaker-quotes.ts';
import { termStatsFor } from './term-stats.ts';
import { contentStems, isContentToken, tokenize } from './terms.ts';

const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);

/** Offsets into the sentence text of the part to emphasise. */
export interface Highlight {
  start: number;
  end: number;
}

/** A sentence that may answer the question, with its features; `score` is set by the ranker. */
export interface Candidate {
  retrieved: RetrievedArticle;
  /** Index into `retrieved.item.sentences`. */
  index: number;
  highlight?: Highlight;
  features: FeatureVector;
  score: number;
}

/** Everything about a question that does not depend on the fitted model. */
export interface PreparedQuestion {
  question: string;
  context: QuestionContext;
  retrieved: RetrievedArticle[];
  candidates: Candidate[];
}

/** Articles whose sentences compete for the answer: enough for the ranker to correct retrieval. */
export const CANDIDATE_ARTICLES = 5;

/**
 * Retrieves the articles nearest the question and turns every sentence sharing a word with it
 * into a candidate with its features. For "what did X say", articles quoting X join even when
 * retrieval missed them, and X's quotations are candidates whatever words they share.
 */
export function gatherCandidates(
  kb: KnowledgeBase,
  question: string,
  articles = CANDIDATE_ARTICLES,
): PreparedQuestion {
  const context = questionContext(kb, question);
  const retrieved = retrieveArticles(kb, question, { articles });
  const byId = new Map(retrieved.map((entry) => [entry.item.article.id, entry]));
  for (const articleId of context.speakerQuotes.keys()) {
    const item = kb.get(articleId);
    if (item && !byId.has(articleId)) {
      const standIn = { item, articleScore: 0, passageScores: new Map<string, number>() };
      byId.set(articleId, standIn);
      retrieved.push(standIn);
    }
  }
  context.local = localTerms(context.terms, retrieved);
  const candidates: Candidate[] = [];
  for (const [rank, entry] of retrieved.entries()) {
    const { titleStems, sentenceStems } = articleTerms(entry.item);
    const leadAndTitle = new Set([...titleStems, ...(sentenceStems[0] ?? [])]);
    const article: ArticleContext = {
      retrieved: entry,
      rank,
      focus: focusTerms(context.terms, titleStems),
      beyondLead: withoutTerms(context.terms, leadAndTitle),
      lacksNumber: lacksQuestionNumber(entry.item, context.shape.numbers),
    };
    candidates.push(...articleCandidates(context, article));
  }
  setRelativeFeatures(candidates.map((candidate) => candidate.features));
  return { question, context, retrieved, candidates };
}

function questionContext(kb: KnowledgeBase, question: string): QuestionContext {
  const intent = classifyQuestion(question);
  const terms = questionTerms(question, termStatsFor(kb));
  let maxIdf = 0;
  for (const weight of terms.weights.values()) maxIdf = Math.max(maxIdf, weight);
  const speakerQuotes = new Map<string, Quote[]>();
  if (intent.kind === 'quote' && intent.speaker) {
    for (const quote of quotesBy(kb.quotes(), intent.speaker)) {
      speakerQuotes.set(quote.articleId, [...(speakerQuotes.get(quote.articleId) ?? []), quote]);
    }
  }
  return {
    intent,
    shape: questionShape(question),
    terms,
    orderedStems: contentStems(question),
    wordStems: tokenize(question)
      .filter((token) => !WH_WORDS.has(token.word))
      .map((token) => token.stem),
    maxIdf,
    local: terms,
    speakerQuotes,
    speakerWords: intent.speaker ? speakerNameWords(intent.speaker) : [],
    acronyms: questionAcronyms(question),
    opposites: askedOpposites(tokenize(question).filter(isContentToken)),
    roleStems: roleStemsOf(terms),
    topic: intent.speaker ? withoutTerms(terms, speakingStems(intent.speaker)) : terms,
  };
}

// Stemmed on the first question about a speaker, not at import: stemming loads WordNet's lists.
let speakingVerbStems: string[] | undefined;

/** What every question about a speaker shares: the speaker's name and the verbs of speaking. */
function speakingStems(speaker: string): Set<string> {
  speakingVerbStems ??= contentStems('say said says tell told add added');
  return new Set([...contentStems(speaker), ...speakingVerbStems]);
}

/** The question's terms that `stems` lacks (none left: no terms, so coverage reads 0). */
function withoutTerms(terms: QuestionTerms, stems: ReadonlySet<string>): QuestionTerms {
  const weights = new Map([...terms.weights].filter(([stem]) => !stems.has(stem)));
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return { weights, total, stems: new Set(weights.keys()) };
}

/** The question's terms reweighted by ln(1 + sentences / sentences holding the term) over the retrieved articles. */
function localTerms(terms: QuestionTerms, retrieved: RetrievedArticle[]): QuestionTerms {
  let sentences = 0;
  const holding = new Map<string, number>();
  for (const { item } of retrieved) {
    for (const stems of articleTerms(item).sentenceStems) {
      sentences++;
      for (const stem of terms.stems) if (stems.has(stem)) holding.set(stem, (holding.get(stem) ?? 0) + 1);
    }
  }
  const weights = new Map<string, number>();
  let total = 0;
  for (const [stem, weight] of terms.weights) {
    const local = weight * Math.log(1 + (sentences + 1) / ((holding.get(stem) ?? 0) + 1));
    weights.set(stem, local);
    total += local;
  }
  return { weights, total, stems: terms.stems };
}

function articleCandidates(question: QuestionContext, article: ArticleContext): Candidate[] {
  const { item } = article.retrieved;
  const { sentenceStems } = articleTerms(item);
  const quotes = question.speakerQuotes.get(item.article.id) ?? [];
  const candidates: Candidate[] = [];
  for (const [index, sentence] of item.sentences.entries()) {
    const quote = quotes.find((q) => q.start < sentence.end && q.end > sentence.start);
    // A sentence sharing no word with the question is no candidate, unless it quotes the speaker asked about.
    if (!quote && coverage(question.terms, sentenceStems[index] ?? new Set()) === 0) continue;
    const span = quote ? quoteSpan(quote, sentence) : bestSpan(question, article, index, sentence.text);
    const features = candidateFeatures(question, article, index, span);
    const highlight = span ? { highlight: { start: span.start, end: span.end } } : {};
    candidates.push({ retrieved: article.retrieved, index, features, score: 0, ...highlight });
  }
  return candidates;
}

/** The typed span that fits the asked kind best and sits closest to the question's words. */
function bestSpan(
  question: QuestionContext,
  article: ArticleContext,
  index: number,
  text: string,
): TypedSpan | undefined {
  const { intent, terms } = question;
  if (!isStrictKind(intent.kind) && intent.kind !== 'entity') return undefined;
  let best: TypedSpan | undefined;
  let bestValue = Number.NEGATIVE_INFINITY;
  const tokens = articleTerms(article.retrieved.item).sentenceTokens[index] ?? [];
  for (const span of typedSpans(text, intent.kind, terms.stems, intent.unit, question.acronyms)) {
    const role =
      hasRoleApposition(text, tokens, span, terms) || hasRoleNounNear(tokens, span, question.roleStems);
    const headed =
      question.shape.headStem !== undefined && followsAskedNoun(tokens, span, question.shape.headStem);
    const value = span.fit + spanProximity(tokens, span, terms) + (role ? 0.5 : 0) + (headed ? 0.5 : 0);
    if (value > bestValue) {
      best = span;
      bestValue = value;
    }
  }
  return best;
}

function quoteSpan(quote: Quote, sentence: { text: string; start: number; end: number }): TypedSpan {
  const start = Math.max(quote.start, sentence.start) - sentence.start;
  const end = Math.min(quote.end, sentence.end) - sentence.start;
  return { text: sentence.text.slice(start, end), start, end, class: 'name', fit: 1 };
}

import type { AnalyzedArticle } from '../analysis/types.ts';
import { articleTerms } from './article-terms.ts';
import type { QuestionIntent } from './question-intent.ts';
import { coverage, type QuestionTerms } from './question-terms.ts';
import type { RetrievedArticle } from './retrieve.ts';
import { passageIdOfSentence } from './sentence-passages.ts';
import type { TypedSpan } from './spans/typed-spans.ts';
import type { Token } from './terms.ts';

/** What the ranker and the confidence model know about one candidate sentence (all 0..1). */
export interface SentenceFeatures {
  /** IDF-weighted share of question terms in the sentence. */
  sentenceCoverage: number;
  /** The same over the question terms that the article title does not already hold. */
  focusCoverage: number;
  /** The same over the sentence, its neighbours in the paragraph and the article title. */
  contextCoverage: number;
  /** The same over the whole article. */
  articleCoverage: number;
  /** BM25 score of the sentence's passage relative to the best passage (0 if not retrieved). */
  passageScore: number;
  articleScore: number;
  /** How well the best typed span fits the expected kind (0 when none or untyped). */
  typeFit: number;
  /** Closeness of the typed span to the question terms matched in the sentence. */
  proximity: number;
  /** 1 when a question word sits in the span's apposition ("Col. Ann Lee, wing commander" for "who commands"). */
  roleMatch: number;
  /** 1 when the counted noun of a "how many" question follows the number. */
  unitMatch: number;
}

/** Kinds whose answer may carry a role in apposition ("Col. Ann Lee, wing commander"). */
const ROLE_KINDS = new Set<QuestionIntent['kind']>(['person', 'agent', 'organization']);

export interface FeatureInput {
  retrieved: RetrievedArticle;
  /** `focusTerms(terms, title stems)` of the article, computed once per article. */
  focus: QuestionTerms;
  index: number;
  terms: QuestionTerms;
  intent: QuestionIntent;
  span: TypedSpan | undefined;
}

export function sentenceFeatures({
  retrieved,
  focus,
  index,
  terms,
  intent,
  span,
}: FeatureInput): SentenceFeatures {
  const { item } = retrieved;
  const all = articleTerms(item);
  const own = all.sentenceStems[index] ?? new Set<string>();
  const tokens = all.sentenceTokens[index] ?? [];
  const passageId = passageIdOfSentence(item, item.sentences[index]?.start ?? -1);
  return {
    sentenceCoverage: coverage(terms, own),
    focusCoverage: coverage(focus, own),
    contextCoverage: coverage(terms, own, all.titleStems, ...neighbourStems(item, index)),
    articleCoverage: coverage(terms, all.allStems),
    passageScore: passageId ? (retrieved.passageScores.get(passageId) ?? 0) : 0,
    articleScore: retrieved.articleScore,
    typeFit: span?.fit ?? 0,
    proximity: span ? proximity(tokens, span, terms) : 0,
    roleMatch:
      span &&
      ROLE_KINDS.has(intent.kind) &&
      hasRoleMatch(item.sentences[index]?.text ?? '', tokens, span, terms)
        ? 1
        : 0,
    unitMatch: span && hasUnitAfter(tokens, span, intent.unit) ? 1 : 0,
  };
}

function neighbourStems(item: AnalyzedArticle, index: number): Set<string>[] {
  const { sentenceStems } = articleTerms(item);
  const paragraph = item.sentences[index]?.paragraph;
  return [index - 1, index + 1]
    .filter((at) => item.sentences[at]?.paragraph === paragraph)
    .map((at) => sentenceStems[at] ?? new Set<string>());
}

/** 1 when a matched question term touches the span, falling off with the distance in words. */
function proximity(tokens: Token[], span: TypedSpan, terms: QuestionTerms): number {
  // Token indexes where the span begins and where the words after it begin.
  let first = tokens.findIndex((token) => token.start >= span.start);
  if (first < 0) first = tokens.length;
  let after = tokens.findIndex((token) => token.start >= span.end);
  if (after < 0) after = tokens.length;
  let best = Number.POSITIVE_INFINITY;
  for (const [position, token] of tokens.entries()) {
    if (!terms.stems.has(token.stem) || (position >= first && position < after)) continue;
    best = Math.min(best, position < first ? first - position - 1 : position - after);
  }
  return Number.isFinite(best) ? 1 / (1 + best / 4) : 0;
}

function hasUnitAfter(tokens: Token[], span: TypedSpan, unit: string[]): boolean {
  if (unit.length === 0) return false;
  const units = new Set(unit);
  const inside = tokens.filter((token) => token.start >= span.start && token.end <= span.end);
  const after = tokens.filter((token) => token.start >= span.end).slice(0, 5);
  return [...inside, ...after].some((token) => units.has(token.stem));
}

/** The words between a comma right after the span and the next comma or end hold a question term. */
function hasRoleMatch(text: string, tokens: Token[], span: TypedSpan, terms: QuestionTerms): boolean {
  const rest = text.slice(span.end);
  if (!/^,\s/.test(rest)) return false;
  const stop = rest.slice(1).search(/[,.;:]/);
  const end = span.end + 1 + (stop < 0 ? rest.length : stop);
  return tokens.some((token) => token.start > span.end && token.end <= end && terms.stems.has(token.stem));
}

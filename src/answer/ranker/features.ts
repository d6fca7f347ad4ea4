import type { AnalyzedArticle, Quote } from '../../analysis/types.ts';
import { type AskedOpposite, saysOpposite } from '../antonyms/antonyms.ts';
import { articleTerms } from '../article-terms.ts';
import { isStrictKind, type QuestionIntent } from '../question-intent.ts';
import type { QuestionShape } from '../question-shape.ts';
import { coverage, type QuestionTerms } from '../question-terms.ts';
import type { RetrievedArticle } from '../retrieve.ts';
import { passageIdOfSentence } from '../sentence-passages.ts';
import type { TypedSpan } from '../spans/typed-spans.ts';
import type { Token } from '../terms.ts';
import { hasCauseMarker, hasMannerMarker, hasPurposeInfinitive, isNegated } from './markers.ts';
import {
  hasRoleApposition,
  hasRoleNounNear,
  hasUnitNear,
  namesHeadNoun,
  spanProximity,
} from './span-neighbours.ts';
import { bigramShare, countIn, longestRun, matchWindow, missingRare, missingShare } from './word-matching.ts';

/**
 * The features of one candidate sentence, in the order the fitted model's weights use. Each is a
 * property any article can have (coverage, a span of the asked kind, a cause marker for "why"…),
 * never a rule for a particular question. Kept at most a few units in size; the model standardizes.
 */
export const FEATURE_NAMES = [
  'sentenceCoverage',
  'focusCoverage',
  'contextCoverage',
  'articleCoverage',
  'passageScore',
  'articleScore',
  'topArticle',
  'articleRank',
  'typeFit',
  'hasSpan',
  'missingType',
  'proximity',
  'roleApposition',
  'headNamed',
  'roleNoun',
  'unitMatch',
  'reasonCause',
  'reasonPurpose',
  'mannerMarker',
  'speakerQuote',
  'speakerNamed',
  'bigramShare',
  'density',
  'firstSentence',
  'leadOfLong',
  'position',
  'length',
  'missingRare',
  'missingNames',
  'negationMismatch',
  'saysOpposite',
  'missingNumber',
  'matchedShare',
  'matchedCount',
  'longestRun',
  'coverageGap',
  'contextGap',
  'bestCoverage',
  'localCoverage',
  'localGap',
  'beyondLead',
  'typedCoverage',
  'typedFocus',
  'typedLocal',
  'typedFit',
  'quoteTopic',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Record<FeatureName, number>;

/** What is known about the question once, before reading any sentence. */
export interface QuestionContext {
  intent: QuestionIntent;
  shape: QuestionShape;
  terms: QuestionTerms;
  /** Question content stems in the order asked, for bigram matching. */
  orderedStems: string[];
  /** Every question word's stem in order, wh-words aside: runs of them copied into a sentence. */
  wordStems: string[];
  maxIdf: number;
  /** For "what did X say": X's quotes, by article id. */
  speakerQuotes: Map<string, Quote[]>;
  /**
   * The question's terms weighted by how few of the retrieved sentences hold them: a word every
   * sentence shares (the topic) tells them apart less than the one word only the answer repeats.
   */
  local: QuestionTerms;
  /** Name words of X, lower-case, for "X said" without quotation marks. */
  speakerWords: string[];
  /**
   * For "what did X say about Y": the question's terms without X's name, so that a quote is
   * judged by whether it is about Y, not by how fully the sentence names X.
   */
  topic: QuestionTerms;
  /** The question's stems with role abbreviations spelled out (`roleStemsOf`). */
  roleStems: ReadonlySet<string>;
  /** The question's words WordNet gives antonyms for, with those antonyms. */
  opposites: AskedOpposite[];
  /** Abbreviations the question uses or spells out: a span that is one of them is the question's own subject. */
  acronyms: ReadonlySet<string>;
}

export interface ArticleContext {
  retrieved: RetrievedArticle;
  /** 0 for the article retrieval ranked first. */
  rank: number;
  focus: QuestionTerms;
  /**
   * The question's terms that neither the title nor the lead sentence holds: a question names
   * its article the way the lead does ("the Reagan strike group's ops with the JMSDF") and asks
   * about something further in ("who was in charge").
   */
  beyondLead: QuestionTerms;
  /** The article states none of some number the question gives (`lacksQuestionNumber`). */
  lacksNumber: boolean;
}

export function candidateFeatures(
  question: QuestionContext,
  article: ArticleContext,
  index: number,
  span: TypedSpan | undefined,
): FeatureVector {
  const { item, articleScore, passageScores } = article.retrieved;
  const { terms, intent, shape } = question;
  const all = articleTerms(item);
  const own = all.sentenceStems[index] ?? new Set<string>();
  const tokens = all.sentenceTokens[index] ?? [];
  const text = item.sentences[index]?.text ?? '';
  const neighbours = neighbourStems(item, index);
  const passageId = passageIdOfSentence(item, item.sentences[index]?.start ?? -1);
  const strict = isStrictKind(intent.kind) && intent.kind !== 'quote';
  const speakerQuote = intent.kind === 'quote' && quotedBySpeaker(question, item, index);
  const nearby = [own, all.titleStems, ...neighbours];
  const context = new Set<string>();
  for (const set of nearby) for (const stem of set) context.add(stem);
  const window = matchWindow(tokens, terms);
  const f = {
    sentenceCoverage: coverage(terms, own),
    focusCoverage: coverage(article.focus, own),
    contextCoverage: coverage(terms, ...nearby),
    articleCoverage: coverage(terms, all.allStems),
    passageScore: passageId ? (passageScores.get(passageId) ?? 0) : 0,
    articleScore,
    topArticle: article.rank === 0 ? 1 : 0,
    articleRank: 1 / (1 + article.rank),
    typeFit: span?.fit ?? 0,
    hasSpan: span ? 1 : 0,
    missingType: strict && !span ? 1 : 0,
    proximity: span ? spanProximity(tokens, span, terms) : 0,
    roleApposition: span && hasRoleApposition(text, tokens, span, terms) ? 1 : 0,
    headNamed: shape.headStem && namesHeadNoun(text, tokens, shape.headStem, terms.stems) ? 1 : 0,
    roleNoun: span && isPersonKind(intent) && hasRoleNounNear(tokens, span, question.roleStems) ? 1 : 0,
    unitMatch: span && hasUnitNear(tokens, span, intent.unit) ? 1 : 0,
    reasonCause: shape.asksReason && hasCauseMarker(text) ? 1 : 0,
    reasonPurpose: shape.asksReason && hasPurposeInfinitive(text) ? 1 : 0,
    mannerMarker: shape.asksManner && hasMannerMarker(text) ? 1 : 0,
    speakerQuote: speakerQuote ? 1 : 0,
    speakerNamed: intent.kind === 'quote' && namesSpeaker(question, tokens) ? 1 : 0,
    bigramShare: bigramShare(question.orderedStems, tokens),
    density: window,
    firstSentence: index === 0 ? 1 : 0,
    leadOfLong: index === 0 && item.sentences.length >= 8 ? 1 : 0,
    position: item.sentences.length > 1 ? index / (item.sentences.length - 1) : 0,
    length: Math.log1p(tokens.length) / 4,
    missingRare: missingRare(terms, context, question.maxIdf),
    missingNames: missingShare(shape.nameStems, all.allStems),
    negationMismatch: shape.negated && !isNegated(text) ? 1 : 0,
    saysOpposite: saysOpposite(question.opposites, own, tokens) ? 1 : 0,
    missingNumber: article.lacksNumber ? 1 : 0,
    matchedShare: terms.stems.size === 0 ? 0 : countIn(terms.stems, own) / terms.stems.size,
    matchedCount: Math.min(countIn(terms.stems, own), 8) / 8,
    longestRun: Math.min(longestRun(question.wordStems, tokens), 6) / 6,
    // Set once every candidate of the question is known (relativeFeatures).
    coverageGap: 0,
    contextGap: 0,
    bestCoverage: 0,
    localCoverage: coverage(question.local, own),
    localGap: 0,
    beyondLead: index === 0 ? 0 : coverage(article.beyondLead, own),
    typedCoverage: 0,
    typedFocus: 0,
    typedLocal: 0,
    typedFit: 0,
    quoteTopic: intent.kind === 'quote' ? coverage(question.topic, own) : 0,
  };
  if (strict) {
    f.typedCoverage = f.sentenceCoverage;
    f.typedFocus = f.focusCoverage;
    f.typedLocal = f.localCoverage;
    f.typedFit = f.typeFit;
  }
  return f;
}

/** Some number the question gives is stated nowhere in the article: once per article, not per sentence. */
export function lacksQuestionNumber(item: AnalyzedArticle, numbers: string[]): boolean {
  return numbers.some((number) => !statesNumber(item, number));
}

/**
 * The article gives the number in its title, its body or its date: a question places a news
 * story by its year ("the ops that ended May 29, 2021") that often only the dateline's date holds.
 */
function statesNumber(item: AnalyzedArticle, number: string): boolean {
  const { title, body, published } = item.article;
  if (title.includes(number) || body.includes(number)) return true;
  const date = /^(\d{4})-\d{2}-(\d{2})/.exec(published ?? '');
  return date !== null && (date[1] === number || String(Number(date[2])) === number);
}

function isPersonKind(intent: QuestionIntent): boolean {
  return intent.kind === 'person' || intent.kind === 'agent' || intent.kind === 'organization';
}

function neighbourStems(item: AnalyzedArticle, index: number): Set<string>[] {
  const { sentenceStems } = articleTerms(item);
  const paragraph = item.sentences[index]?.paragraph;
  return [index - 1, index + 1]
    .filter((at) => item.sentences[at]?.paragraph === paragraph)
    .map((at) => sentenceStems[at] ?? new Set<string>());
}

/**
 * How each candidate compares with the best of the question's candidates: a sentence is judged
 * against its rivals, which a linear score over its own features cannot do.
 */
export function setRelativeFeatures(features: FeatureVector[]): void {
  let bestSentence = 0;
  let bestContext = 0;
  let bestLocal = 0;
  for (const f of features) {
    bestSentence = Math.max(bestSentence, f.sentenceCoverage);
    bestContext = Math.max(bestContext, f.contextCoverage);
    bestLocal = Math.max(bestLocal, f.localCoverage);
  }
  for (const f of features) {
    f.localGap = bestLocal - f.localCoverage;
    f.coverageGap = bestSentence - f.sentenceCoverage;
    f.contextGap = bestContext - f.contextCoverage;
    f.bestCoverage = f.sentenceCoverage >= bestSentence ? 1 : 0;
  }
}

function quotedBySpeaker(question: QuestionContext, item: AnalyzedArticle, index: number): boolean {
  const sentence = item.sentences[index];
  const quotes = question.speakerQuotes.get(item.article.id);
  if (!sentence || !quotes) return false;
  return quotes.some((quote) => quote.start < sentence.end && quote.end > sentence.start);
}

function namesSpeaker(question: QuestionContext, tokens: Token[]): boolean {
  const words = question.speakerWords;
  return words.length > 0 && tokens.some((token) => words.includes(token.word));
}

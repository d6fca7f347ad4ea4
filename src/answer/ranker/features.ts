import type { AnalyzedArticle, Quote } from '../../analysis/types.ts';
import { type AskedOpposite, saysOpposite } from '../antonyms/antonyms.ts';
import { articleTerms } from '../article-terms.ts';
import { isStrictKind, type QuestionIntent } from '../question-intent.ts';
import type { QuestionShape } from '../question-shape.ts';
import { coverage, type QuestionTerms } from '../question-terms.ts';
import type { RetrievedArticle } from '../retrieve.ts';
import { passageIdOfSentence } from '../sentence-passages.ts';
import type { TypedSpan } from '../spans/typed-spans.ts';
import { stemWord, type Token } from '../terms.ts';
import { hasCauseMarker, hasMannerMarker, hasPurposeInfinitive, isNegated } from './markers.ts';

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

// Nouns for people by their job: next to a name they say who the name is.
const ROLE_NOUNS = new Set(
  `commander commanding manager director chief head leader president chairman chairwoman officer
  secretary minister ambassador spokesman spokeswoman spokesperson coordinator founder owner ceo captain
  superintendent administrator governor mayor king queen emperor pope bishop general admiral colonel
  inventor author architect designer engineer scientist professor principal dean chancellor deputy`.split(
    /\s+/,
  ),
);

/** Role abbreviations a question uses for the words an article spells out. */
const ROLE_ABBREVIATIONS: Record<string, string[]> = {
  co: ['commanding', 'officer'],
  xo: ['executive', 'officer'],
  ceo: ['chief', 'executive'],
  cto: ['chief', 'technology'],
  cfo: ['chief', 'financial'],
  pao: ['public', 'affairs', 'officer'],
};

/** The question's role words, abbreviations spelled out ("CO" → commanding, officer). */
export function roleStemsOf(terms: QuestionTerms): Set<string> {
  const stems = new Set(terms.stems);
  for (const [abbreviation, words] of Object.entries(ROLE_ABBREVIATIONS)) {
    if (terms.stems.has(abbreviation)) for (const word of words) stems.add(stemWord(word));
  }
  return stems;
}

/** The stem of the verb an agent noun is made from: "manager" → manag, "director" → direct. */
function agentBase(word: string): string | undefined {
  const match = /^([a-z]{3,}?)(?:er|or|ar)$/.exec(word);
  return match?.[1] ? stemWord(match[1]) : undefined;
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

function countIn(wanted: ReadonlySet<string>, have: ReadonlySet<string>): number {
  let count = 0;
  for (const stem of wanted) if (have.has(stem)) count++;
  return count;
}

function missingShare(stems: string[], have: ReadonlySet<string>): number {
  if (stems.length === 0) return 0;
  return stems.filter((stem) => !have.has(stem)).length / stems.length;
}

/** The rarest question term the sentence and its context lack, as a share of the rarest term's weight. */
function missingRare(terms: QuestionTerms, context: ReadonlySet<string>, maxIdf: number): number {
  if (maxIdf <= 0) return 0;
  let worst = 0;
  for (const [stem, weight] of terms.weights) if (!context.has(stem)) worst = Math.max(worst, weight);
  return worst / maxIdf;
}

/** The longest run of the question's words found in the same order, word after word, in the sentence. */
function longestRun(question: string[], tokens: Token[]): number {
  let best = 0;
  for (let i = 0; i < question.length; i++) {
    for (let j = 0; j < tokens.length; j++) {
      let run = 0;
      while (
        i + run < question.length &&
        j + run < tokens.length &&
        question[i + run] === tokens[j + run]!.stem
      )
        run++;
      if (run > best) best = run;
    }
  }
  return best;
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

/** Share of the question's adjacent word pairs that appear within two words of each other, in order. */
function bigramShare(ordered: string[], tokens: Token[]): number {
  if (ordered.length < 2) return 0;
  const positions = new Map<string, number[]>();
  for (const [at, token] of tokens.entries()) {
    const list = positions.get(token.stem);
    if (list) list.push(at);
    else positions.set(token.stem, [at]);
  }
  let found = 0;
  for (let i = 0; i + 1 < ordered.length; i++) {
    const left = positions.get(ordered[i]!);
    const right = positions.get(ordered[i + 1]!);
    if (left && right && left.some((a) => right.some((b) => b > a && b - a <= 3))) found++;
  }
  return found / (ordered.length - 1);
}

/** Matched question words over the length of the stretch that holds them all: close together is better. */
function matchWindow(tokens: Token[], terms: QuestionTerms): number {
  let first = -1;
  let last = -1;
  let matched = 0;
  for (const [at, token] of tokens.entries()) {
    if (!terms.stems.has(token.stem)) continue;
    if (first < 0) first = at;
    last = at;
    matched++;
  }
  return matched === 0 ? 0 : matched / (last - first + 1);
}

/** 1 when a matched question term touches the span, falling off with the distance in words. */
export function spanProximity(tokens: Token[], span: TypedSpan, terms: QuestionTerms): number {
  const [first, after] = spanTokenRange(tokens, span);
  let best = Number.POSITIVE_INFINITY;
  for (const [position, token] of tokens.entries()) {
    if (!terms.stems.has(token.stem) || (position >= first && position < after)) continue;
    best = Math.min(best, position < first ? first - position - 1 : position - after);
  }
  return Number.isFinite(best) ? 1 / (1 + best / 4) : 0;
}

/** Token indexes where the span begins and where the words after it begin. */
function spanTokenRange(tokens: Token[], span: TypedSpan): [number, number] {
  let first = tokens.findIndex((token) => token.start >= span.start);
  if (first < 0) first = tokens.length;
  let after = tokens.findIndex((token) => token.start >= span.end);
  if (after < 0) after = tokens.length;
  return [first, after];
}

function hasUnitNear(tokens: Token[], span: TypedSpan, unit: string[]): boolean {
  if (unit.length === 0) return false;
  const units = new Set(unit);
  const [first, after] = spanTokenRange(tokens, span);
  return tokens.slice(first, after + 5).some((token) => units.has(token.stem));
}

/**
 * The span comes right after the noun a "which/what …" question asks for, a word or two apart:
 * "which cruiser" meets "guided-missile cruiser USS Bunker Hill", not the carrier named before it.
 */
export function followsAskedNoun(tokens: Token[], span: TypedSpan, head: string): boolean {
  const [first] = spanTokenRange(tokens, span);
  if (first >= tokens.length) return false;
  return tokens[first - 1]?.stem === head || tokens[first - 2]?.stem === head;
}

/**
 * The noun the question asks for stands next to a name the question does not give: "which
 * cruiser…" meets "guided-missile cruiser USS Lake Champlain", "which squadron…" meets "Marine
 * Fighter Attack Squadron 323". A capitalized word within three words after the noun, or the
 * noun closing a capitalized run.
 */
export function namesHeadNoun(
  text: string,
  tokens: Token[],
  head: string,
  questionStems: ReadonlySet<string>,
): boolean {
  const isNewName = (token: Token | undefined) =>
    token !== undefined &&
    /^\p{Lu}/u.test(text.slice(token.start, token.end)) &&
    !questionStems.has(token.stem);
  for (const [at, token] of tokens.entries()) {
    if (token.stem !== head) continue;
    if (isNewName(tokens[at + 1]) || isNewName(tokens[at + 2]) || isNewName(tokens[at + 3])) return true;
    if (/^\p{Lu}/u.test(text.slice(token.start, token.end)) && isNewName(tokens[at - 1])) return true;
  }
  return false;
}

/** The words between a comma right after the span and the next comma or end hold a question term. */
export function hasRoleApposition(
  text: string,
  tokens: Token[],
  span: TypedSpan,
  terms: QuestionTerms,
): boolean {
  const rest = text.slice(span.end);
  if (!/^,\s/.test(rest)) return false;
  const stop = rest.slice(1).search(/[,.;:]/);
  const end = span.end + 1 + (stop < 0 ? rest.length : stop);
  return tokens.some((token) => token.start > span.end && token.end <= end && terms.stems.has(token.stem));
}

/**
 * A job noun within four words of the name, made from the question's verb ("manages" → "manager")
 * or naming the role the question asks about: "NAME, the facility's manager, said".
 */
export function hasRoleNounNear(tokens: Token[], span: TypedSpan, roles: ReadonlySet<string>): boolean {
  const [first, after] = spanTokenRange(tokens, span);
  for (let at = Math.max(0, first - 4); at < Math.min(tokens.length, after + 5); at++) {
    if (at >= first && at < after) continue;
    const token = tokens[at]!;
    const base = agentBase(token.word);
    if (base && roles.has(base)) return true;
    if (ROLE_NOUNS.has(token.word) && roles.has(token.stem)) return true;
  }
  return false;
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

import type { AnswerKind } from '../question-intent.ts';
import { contentStems } from '../terms.ts';
import { findDates, namesCalendarDay } from './dates.ts';
import { TITLE_WORDS, VESSEL_PREFIXES } from './lexicon.ts';
import { findNames } from './names.ts';
import { findQuantities } from './quantities.ts';
import type { Span, SpanClass } from './span.ts';

/** A span that could answer the question, with how well its class fits the expected kind (0..1). */
export interface TypedSpan extends Span {
  fit: number;
}

/** How well each span class answers each kind; missing pairs do not answer. */
const FIT: Partial<Record<AnswerKind, Partial<Record<SpanClass, number>>>> = {
  person: { person: 1, name: 0.5 },
  organization: { organization: 1, name: 0.7, acronym: 0.5, person: 0.2 },
  agent: { person: 1, organization: 0.9, name: 0.8, acronym: 0.3 },
  place: { place: 1, name: 0.4 },
  date: { date: 1, year: 0.8 },
  day: { date: 1 },
  year: { year: 1, date: 0.9 },
  // "How many satellites…" is not answered by "nine years"; "how many hours…" is (see countsTime).
  number: { number: 1, duration: 0.3, money: 0.6, percent: 0.6 },
  money: { money: 1 },
  percent: { percent: 1, number: 0.4 },
  duration: { duration: 1, number: 0.5 },
  entity: { name: 0.6, designation: 0.6, organization: 0.5, acronym: 0.3, person: 0.2 },
};

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minut', 'second', 'decad', 'centuri']);

function countsTime(kind: AnswerKind, unit: readonly string[]): boolean {
  return kind === 'number' && unit.some((stem) => TIME_UNITS.has(stem));
}

const NAME_KINDS = new Set<AnswerKind>(['person', 'organization', 'agent', 'place', 'entity']);
const DATE_KINDS = new Set<AnswerKind>(['date', 'day', 'year']);

type Detector = (text: string) => Span[];

function detectorFor(kind: AnswerKind): Detector {
  if (NAME_KINDS.has(kind)) return findNames;
  if (DATE_KINDS.has(kind)) return findDates;
  return findQuantities;
}

const detected = new Map<Detector, Map<string, Span[]>>();
const MAX_CACHED_SENTENCES = 50_000;

/** Detector results by sentence text: the same sentences are read again for every question. */
function detectCached(detector: Detector, sentence: string): Span[] {
  let byText = detected.get(detector);
  if (!byText) {
    byText = new Map();
    detected.set(detector, byText);
  }
  let spans = byText.get(sentence);
  if (!spans) {
    if (byText.size >= MAX_CACHED_SENTENCES) byText.clear();
    spans = detector(sentence);
    byText.set(sentence, spans);
  }
  return spans;
}

/**
 * Spans of `sentence` that fit `kind` and are not already in the question: an answer must add
 * something ("Who hosted the symposium?" is not answered by a sentence that only names the symposium).
 */
export function typedSpans(
  sentence: string,
  kind: AnswerKind,
  questionStems: ReadonlySet<string>,
  unit: readonly string[] = [],
  questionAcronyms: ReadonlySet<string> = new Set(),
): TypedSpan[] {
  const fits = countsTime(kind, unit) ? { ...FIT[kind], duration: 1 } : FIT[kind];
  if (!fits) return [];
  const candidates = detectCached(detectorFor(kind), sentence);
  const spans: TypedSpan[] = [];
  for (const span of candidates) {
    const fit =
      isQuotedTitle(sentence, span) || (kind === 'day' && !namesCalendarDay(span.text))
        ? undefined
        : fits[span.class];
    if (
      fit &&
      !isInQuestion(span, questionStems) &&
      !isAcronymOfQuestion(span, questionAcronyms) &&
      !spellsOutQuestionAcronym(sentence, span, questionAcronyms) &&
      !isAppositiveOfQuestion(sentence, span, questionStems)
    ) {
      spans.push({ ...span, fit });
    }
  }
  return spans;
}

/**
 * Every meaningful word of the span (titles and ship prefixes aside) already appears in the
 * question; for a person the surname is enough ("Hagel" in the question is "Defense Secretary
 * Chuck Hagel" in the text), and a ship needs no "USS" ("the Theodore Roosevelt strike group" is
 * "USS Theodore Roosevelt" in the text).
 */
function isInQuestion(span: Span, questionStems: ReadonlySet<string>): boolean {
  const spanText = span.text;
  const words = spanText.split(/\s+/).filter((word) => !TITLE_WORDS.has(word) && !VESSEL_PREFIXES.has(word));
  const surname = contentStems(words[words.length - 1] ?? '');
  if (span.class === 'person' && surname.length > 0 && surname.every((stem) => questionStems.has(stem)))
    return true;
  const stems = contentStems(words.join(' '));
  if (stems.length === 0) return questionStems.has(spanText.toLowerCase());
  return stems.every((stem) => questionStems.has(stem));
}

const MINOR_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/**
 * The upper-case abbreviations a question uses or spells out: "MLRS" as written, and "PBL" for
 * "performance-based logistics" (the initials of every run of two to six words).
 */
export function questionAcronyms(question: string): Set<string> {
  const acronyms = new Set<string>();
  for (const match of question.matchAll(/\b[A-Z][A-Z0-9&]{1,9}s?\b/g))
    acronyms.add(match[0].replace(/s$/, ''));
  const words = question
    .split(/[\s\-–/]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word && !MINOR_WORDS.has(word.toLowerCase()));
  for (let i = 0; i < words.length; i++) {
    let initials = '';
    for (let j = i; j < Math.min(words.length, i + 6); j++) {
      initials += words[j]![0]!.toUpperCase();
      if (initials.length >= 2) acronyms.add(initials);
    }
  }
  return acronyms;
}

/**
 * The span is the question's own subject under another form: "Multiple Launch Rocket System"
 * when the question says "MLRS", or "PBL" when it says "performance-based logistics".
 */
function isAcronymOfQuestion(span: Span, acronyms: ReadonlySet<string>): boolean {
  if (acronyms.size === 0) return false;
  const text = span.text.replace(/^the\s+/i, '');
  if (/^[A-Z][A-Z0-9&]{1,9}s?$/.test(text) && acronyms.has(text.replace(/s$/, ''))) return true;
  const words = text.split(/[\s\-–]+/).filter((word) => word && !MINOR_WORDS.has(word.toLowerCase()));
  if (words.length < 2) return false;
  return acronyms.has(words.map((word) => word[0]!.toUpperCase()).join(''));
}

/**
 * The span ends the spelling-out of an abbreviation the question uses: "Tube-launched Optically
 * tracked, Wireless-Guided (TOW)" when the question asks who won the TOW contract. It is the
 * question's subject, however little of it the name detector took.
 */
function spellsOutQuestionAcronym(sentence: string, span: Span, acronyms: ReadonlySet<string>): boolean {
  const defined = /^\s*\(([A-Z][A-Za-z0-9&-]{1,11})\)/.exec(sentence.slice(span.end))?.[1];
  return defined !== undefined && acronyms.has(defined.replace(/s$/, ''));
}

/**
 * "The U.S. Army Corps of Engineers, Detroit District, awarded…" asked as "which contractor got
 * the Detroit District's contracts": a name whose capitalized apposition is made of question words
 * is the question's own subject, not its answer.
 */
function isAppositiveOfQuestion(sentence: string, span: Span, questionStems: ReadonlySet<string>): boolean {
  const apposition = /^,\s+((?:[A-Z][\w.'’-]*\s?){1,4}),/.exec(sentence.slice(span.end));
  if (!apposition?.[1]) return false;
  const stems = contentStems(apposition[1]);
  return stems.length > 0 && stems.every((stem) => questionStems.has(stem));
}

/** "‘Intro to Cybersecurity’ through ‘Attack Vectors’": Title Case in quotation marks names a work, not an agent. */
function isQuotedTitle(sentence: string, span: Span): boolean {
  const before = sentence.slice(Math.max(0, span.start - 1), span.start);
  const after = sentence.slice(span.end, span.end + 2);
  const isWrapped = /^[‘“'"]$/.test(before) && /^[’”'",.]*[’”'"]/.test(after);
  return isWrapped || (/[’”]$/.test(span.text) && /[‘“]/.test(before));
}

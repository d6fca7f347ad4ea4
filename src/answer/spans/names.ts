import {
  NOT_NAMES,
  ORG_WORDS,
  PERSON_TITLES,
  PLACE_NAMES,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  TITLE_WORDS,
  VESSEL_PREFIXES,
} from './lexicon.ts';
import type { Span, SpanClass } from './span.ts';

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&/-]*/gu;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'van', 'von', 'del', 'la', 'al', '&']);
const COMPANY_WORDS = new Set(
  'Inc. Inc Co Co. Corp. Corporation Company LLC Engineering Technologies Systems Construction Aviation Industries'.split(
    ' ',
  ),
);
const ROLE_APPOSITION =
  /^,\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:commander|officer|director|manager|secretary|minister|chief|deputy|spokes(?:man|woman|person)|president|coordinator|chairman|ambassador|head|leader|captain)\b/;
const COMPANY_SUFFIX = /^(?:Inc\.?|LLC|Ltd\.?|Co\.?|Corp\.?)$/;

/** Capitalized names in a sentence, each classed as person, organization, place or plain name. */
export function findNames(text: string): Span[] {
  const words = splitWords(text);
  const spans: Span[] = [];
  let i = 0;
  while (i < words.length) {
    const end = runEnd(text, words, i);
    if (end === i) {
      i++;
      continue;
    }
    const run = trimRun(words.slice(i, end));
    if (isName(run, i === 0)) spans.push(classify(text, run, words[i - 1]));
    i = end;
  }
  return mergeAppositions(text, spans);
}

function splitWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => {
    // A possessive belongs to the sentence, not the name: "NATO’s" names NATO.
    let word = match[0].replace(/['’]s$/, '');
    // A sentence-final period is punctuation; "Lt." and "U.S." keep theirs.
    if (word.endsWith('.') && !isAbbreviation(word)) word = word.slice(0, -1);
    const start = match.index ?? 0;
    return { text: word, start, end: start + word.length };
  });
}

function isAbbreviation(word: string): boolean {
  return (
    TITLE_WORDS.has(word) ||
    ORG_WORDS.has(word) ||
    PLACE_NAMES.has(word) ||
    /^(?:[A-Z]\.)+$|^[A-Z][a-z]{0,3}\.$/.test(word)
  );
}

function isCapitalized(word: Word | undefined): boolean {
  return !!word && (/^\p{Lu}/u.test(word.text) || /^\d+(?:st|nd|rd|th)$/.test(word.text));
}

const MONTHS = new Set(
  `January February March April May June July August September October November December Jan. Feb.
  Mar. Apr. Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec.`.split(/\s+/),
);

/** "Kings Bay April 29": the run of a name ends where a date begins. */
function startsDate(word: Word, after: Word | undefined): boolean {
  return MONTHS.has(word.text) && !!after && /^\d{1,2}(?:st|nd|rd|th)?,?$/.test(after.text);
}

function isAdjacent(text: string, left: Word, right: Word): boolean {
  return /^[ \t\u00a0]+$/.test(text.slice(left.end, right.start));
}

/** Index one past the capitalized run starting at `start` (connectors allowed between capitals). */
function runEnd(text: string, words: Word[], start: number): number {
  if (!isCapitalized(words[start])) return start;
  let end = start + 1;
  while (end < words.length) {
    const next = words[end]!;
    const previous = words[end - 1]!;
    if (!isAdjacent(text, previous, next) || startsDate(next, words[end + 1])) break;
    if (isCapitalized(next) || (/^\d+$/.test(next.text) && isCapitalized(previous))) {
      end++;
    } else if (joinsAcross(text, previous, next, words[end + 1])) {
      end += 2;
    } else break;
  }
  return end;
}

/**
 * "Department of Defense" is one name; "SURVICE Engineering of Belcamp" is a company and a place,
 * and "Ala. and Mr. Bush" are two names.
 */
function joinsAcross(text: string, previous: Word, connector: Word, next: Word | undefined): boolean {
  if (!CONNECTORS.has(connector.text) || !next || !isCapitalized(next)) return false;
  if (!isAdjacent(text, connector, next) || TITLE_WORDS.has(next.text)) return false;
  return !(connector.text === 'of' && COMPANY_WORDS.has(previous.text));
}

/**
 * A bare title ("Secretary") names nobody, and one capitalized word opening the sentence is as
 * likely a verb or adverb ("Led by…") as a name, unless it is a known place or an abbreviation.
 */
function isName(run: Word[], opensSentence: boolean): boolean {
  if (run.length === 0 || run.every((word) => TITLE_WORDS.has(word.text) || CONNECTORS.has(word.text)))
    return false;
  const only = run[0]!.text;
  return !(opensSentence && run.length === 1 && !PLACE_NAMES.has(only) && !/^[A-Z]{2,}/.test(only));
}

/** Drops sentence-opening words ("However", "The") and trailing connectors from a run. */
function trimRun(run: Word[]): Word[] {
  let first = 0;
  // A number left at the front ("June 21" minus the month) names nothing.
  // Nor does a connector left there ("for Rota" once "Jan. 5" is dropped from "Jan. 5 for Rota").
  while (
    first < run.length &&
    (NOT_NAMES.has(run[first]!.text) || /^\d+$/.test(run[first]!.text) || CONNECTORS.has(run[first]!.text))
  )
    first++;
  return run.slice(first);
}

function classify(text: string, run: Word[], before: Word | undefined): Span {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const span = { text: text.slice(first.start, last.end), start: first.start, end: last.end };
  return { ...span, class: classOf(text, run, before) };
}

function classOf(text: string, run: Word[], before: Word | undefined): SpanClass {
  const words = run.map((word) => word.text);
  const last = words[words.length - 1]!;
  if (ORG_WORDS.has(last) || words.some((word) => COMPANY_SUFFIX.test(word))) return 'organization';
  if (hasPersonTitle(words)) return 'person';
  if (words.some((word) => PLACE_WORDS.has(word)) || words.every((word) => PLACE_NAMES.has(word)))
    return 'place';
  if (VESSEL_PREFIXES.has(words[0]!) || /-class$/.test(last)) return 'designation';
  if (words.some((word) => ORG_WORDS.has(word))) return 'organization';
  if (words.every((word) => /^[A-Z]{2,}[\w/-]*$/.test(word))) return 'acronym';
  if (words.length === 2 && /^[A-Z]{2,}$/.test(words[0]!) && /^\d+$/.test(last)) return 'designation';
  if (before && PLACE_PREPOSITIONS.has(before.text)) return 'place';
  const after = text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 40);
  if (/^,?\s+(?:said|says|told|added)\b/.test(after) || /\bsaid\s+$/.test(text.slice(0, run[0]!.start))) {
    return 'person';
  }
  // "John Johns, deputy assistant secretary of defense": a name followed by a lower-case role.
  if (ROLE_APPOSITION.test(after)) return 'person';
  return 'name';
}

/**
 * A person run has a title ("Lt. Gen.", "Defense Minister") followed by a name; up to three
 * words may come before the title ("Japanese Defense Minister Itsunori Onodera").
 */
function hasPersonTitle(words: string[]): boolean {
  const at = words.findIndex((word) => PERSON_TITLES.has(word));
  if (at < 0 || at > 3) return false;
  let end = at;
  while (end < words.length && (TITLE_WORDS.has(words[end]!) || CONNECTORS.has(words[end]!))) end++;
  return end < words.length;
}

/** Joins "Toulouse" + "France" and "Sun Test Systems" + "Inc." when only a comma separates them. */
function mergeAppositions(text: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const [index, span] of spans.entries()) {
    const previous = merged[merged.length - 1];
    const gap = previous ? text.slice(previous.end, span.start) : '';
    const next = spans[index + 1];
    // "Huntsville" is unknown, but "Huntsville, Ala." after a place is a city and its state.
    const isCityOfState =
      span.class === 'name' &&
      !!next &&
      isPlaceName(next.text) &&
      /^,\s*$/.test(text.slice(span.end, next.start));
    const joinsPlace =
      previous &&
      (previous.class === 'place' || previous.class === 'name') &&
      (isPlaceName(span.text) || (previous.class === 'place' && isCityOfState));
    const joinsCompany = previous?.class !== undefined && COMPANY_SUFFIX.test(span.text);
    if (previous && /^,\s*$/.test(gap) && (joinsPlace || joinsCompany)) {
      previous.text = text.slice(previous.start, span.end);
      previous.end = span.end;
      previous.class = joinsPlace ? 'place' : 'organization';
    } else merged.push({ ...span });
  }
  return merged;
}

function isPlaceName(text: string): boolean {
  return text.split(/\s+/).every((word) => PLACE_NAMES.has(word));
}

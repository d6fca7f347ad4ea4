import { SENTENCE_OPENERS } from '../abbreviations.ts';
import {
  CIVILIAN_TITLE_UNITS,
  NAME_SUFFIXES,
  ORGANIZATION_WORDS,
  RANK_UNITS,
  SERVICE_UNITS,
} from './lexicon.ts';

/** A person's name as written, split into what stands before it and the name itself. */
export interface NamePhrase {
  /** Rank, service or civilian title kept with the name ("Royal Air Force Air Commodore"), or "". */
  title: string;
  /** Given names, initials, surname and suffix ("Harry B. Harris Jr."). */
  name: string;
  /** Number of name words, suffix excluded: 1 for "James", 2 for "Thomas James". */
  nameWords: number;
  surname: string;
  /** Words before the title that describe the person ("Pentagon Press Secretary"), or "". */
  prefix: string;
  /** A dotted or capitalised rank, an honorific or a civilian title: enough to call a lone surname a person. */
  hasStrongTitle: boolean;
  /** What the title is: a rank or honorific, a civilian title, or nothing. */
  titleKind: 'rank' | 'civilian' | 'none';
  /** Title and name as written: the speaker string. */
  full: string;
}

const MAX_UNIT_WORDS = 4;
// Capitalised words, camel-cased surnames ("McCain", "DuVernay", "Smith-Jones"), O'Neil and initials.
// Each repeated part starts with a character the part before cannot end with (capitals after
// lower case, or an apostrophe or hyphen), so a word splits into parts one way only and the
// test runs in linear time: overlapping parts made a 67-character "AaAa…1" take 22 s.
const NAME_WORD = /^(?:[A-Z][a-zà-ÿ]+(?:[A-Z]+[a-zà-ÿ]+|['’-][A-Z]*[a-zà-ÿ]+)*|O['’][A-Z][a-zà-ÿ]+|[A-Z]\.)$/;
const INITIAL = /^[A-Z]\.$/;
const POSSESSIVE = /['’]s$/;
const ARTICLES = new Set(['The', 'A', 'An']);
// Words that only occur inside multi-word titles ("Air Force", "Petty Officer 2nd Class").
const TITLE_PARTS = new Set(['Force', 'Class', 'Officer', 'Guard', 'Corps']);
// Spelled-out ranks that also start ordinary names ("General Dynamics", "Supreme Allied Commander").
const STRONG_RANK_WORDS = new Set([
  'Admiral',
  'Commodore',
  'Sergeant',
  'Lieutenant',
  'Colonel',
  'Brigadier',
  'Ensign',
  'Corporal',
  'Officer',
  'Marshal',
  'Sir',
  'Dame',
  'Lord',
  'Miss',
]);

/**
 * Reads a run of capitalised words ("Pentagon Press Secretary Navy Rear Adm. John Kirby") as a
 * person's name: the name is the trailing run of name words; before it, ranks ("Rear Adm.") and
 * then services ("Navy") belong to the title, or, when there is no rank, a civilian title with
 * its qualifiers ("Defense Secretary"). Whatever remains is the prefix. Returns null when the
 * run holds no name.
 */
export function parseNamePhrase(words: readonly string[]): NamePhrase | null {
  const tokens = stripFinalPeriod(words);
  const nameStart = findNameStart(tokens);
  if (nameStart === null) return null;
  const nameTokens = tokens.slice(nameStart);
  const suffixCount = NAME_SUFFIXES.has(nameTokens.at(-1) ?? '') ? 1 : 0;
  const core = nameTokens.slice(0, nameTokens.length - suffixCount);
  const surname = core.at(-1) ?? '';
  if (!surname || INITIAL.test(surname) || ORGANIZATION_WORDS.has(surname)) return null;
  // "He", "The", "However": sentence openers, not names.
  if (core.length === 1 && SENTENCE_OPENERS.has(surname.toLowerCase())) return null;

  const before = tokens.slice(0, nameStart);
  let titleStart = consumeUnits(before, before.length, RANK_UNITS);
  const hasRank = titleStart < before.length;
  let hasCivilianTitle = false;
  if (hasRank) {
    titleStart = consumeUnits(before, titleStart, SERVICE_UNITS);
  } else {
    const civilianStart = consumeUnits(before, before.length, CIVILIAN_TITLE_UNITS);
    hasCivilianTitle = civilianStart < before.length;
    // Capitalised qualifiers before a civilian title are part of it: "Defense Secretary", "SDA Director".
    if (hasCivilianTitle) titleStart = qualifierStart(before, civilianStart);
  }
  const titleTokens = before.slice(titleStart);
  const title = titleTokens.join(' ');
  const name = nameTokens.join(' ');
  return {
    title,
    name,
    nameWords: core.length,
    surname,
    prefix: before.slice(0, titleStart).join(' '),
    hasStrongTitle: hasCivilianTitle || titleTokens.some(isStrongRankWord),
    titleKind: hasRank ? 'rank' : hasCivilianTitle ? 'civilian' : 'none',
    full: title ? `${title} ${name}` : name,
  };
}

function isStrongRankWord(token: string): boolean {
  return (
    token.endsWith('.') ||
    STRONG_RANK_WORDS.has(token) ||
    (/^[A-Z0-9]{2,5}$/.test(token) && RANK_UNITS.has(token))
  );
}

function stripFinalPeriod(words: readonly string[]): string[] {
  const tokens = [...words];
  const last = tokens.at(-1);
  if (last?.endsWith('.') && !NAME_SUFFIXES.has(last) && !INITIAL.test(last)) {
    tokens[tokens.length - 1] = last.slice(0, -1);
  }
  return tokens.filter(Boolean);
}

/** Index where the trailing name words begin (at most four, suffix aside), or null. */
function findNameStart(tokens: readonly string[]): number | null {
  let start = tokens.length;
  if (NAME_SUFFIXES.has(tokens[start - 1] ?? '')) start--;
  const coreEnd = start;
  while (start > 0 && coreEnd - start < 4) {
    const token = tokens[start - 1] ?? '';
    if (!NAME_WORD.test(token) || POSSESSIVE.test(token) || isTitleWord(token)) break;
    start--;
  }
  return start < coreEnd ? start : null;
}

/** Up to two capitalised words before a civilian title, articles and possessives excluded. */
function qualifierStart(tokens: readonly string[], titleStart: number): number {
  let start = titleStart;
  while (start > 0 && titleStart - start < 2) {
    const token = tokens[start - 1] ?? '';
    if (ARTICLES.has(token) || POSSESSIVE.test(token)) break;
    start--;
  }
  return start;
}

function isTitleWord(token: string): boolean {
  return (
    RANK_UNITS.has(token) ||
    SERVICE_UNITS.has(token) ||
    CIVILIAN_TITLE_UNITS.has(token) ||
    TITLE_PARTS.has(token)
  );
}

/** Moves `end` left over whole units from `units`, longest first; returns the new start. */
function consumeUnits(tokens: readonly string[], end: number, units: ReadonlySet<string>): number {
  let start = end;
  for (;;) {
    let matched = 0;
    for (let size = Math.min(MAX_UNIT_WORDS, start); size > 0 && matched === 0; size--) {
      if (units.has(tokens.slice(start - size, start).join(' '))) matched = size;
    }
    if (matched === 0) return start;
    start -= matched;
  }
}

import type { Quote } from '../analysis/types.ts';

/** A name or role as speakers are matched: lower case, no accents or possessives, words apart by one space. */
export const normalize = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * True when `query` names the quote's speaker: the surname or organization ("james"), the full
 * name with or without rank ("Thomas James", "Lt. Gen. James"), or words of the role ("deputy
 * commander"). Case, accents and punctuation are ignored; every query word must match.
 */
export function matchesSpeaker(quote: Quote, query: string): boolean {
  const wanted = normalize(query);
  if (!wanted) return false;
  const { short, speakerWords, role } = namesOf(quote);
  if (short === wanted) return true;
  const queryWords = wanted.split(' ');
  if (queryWords.every((word) => speakerWords.has(word))) return true;
  return role !== '' && ` ${role} `.includes(` ${wanted} `);
}

interface QuoteNames {
  short: string;
  speakerWords: Set<string>;
  role: string;
}

// Worked out once per quote: a speaker query scans every quote of the knowledge base.
const names = new WeakMap<Quote, QuoteNames>();

function namesOf(quote: Quote): QuoteNames {
  let known = names.get(quote);
  if (!known) {
    known = {
      short: normalize(quote.speakerShort),
      speakerWords: new Set(normalize(quote.speaker).split(' ')),
      role: quote.role ? normalize(quote.role) : '',
    };
    names.set(quote, known);
  }
  return known;
}

/**
 * Every word a quote's speaker can be named by: the speaker's, the short name's and the role's.
 * A quote `matchesSpeaker` accepts holds each word of the query among them.
 */
export function speakerWordsOf(quote: Quote): string[] {
  const { short, speakerWords, role } = namesOf(quote);
  return [...speakerWords, ...short.split(' '), ...role.split(' ')].filter(Boolean);
}

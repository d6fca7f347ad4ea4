import type { Quote } from '../analysis/types.ts';

const normalize = (text: string) =>
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
  if (normalize(quote.speakerShort) === wanted) return true;
  const speakerWords = new Set(normalize(quote.speaker).split(' '));
  const queryWords = wanted.split(' ');
  if (queryWords.every((word) => speakerWords.has(word))) return true;
  const role = quote.role ? normalize(quote.role) : '';
  return role !== '' && ` ${role} `.includes(` ${wanted} `);
}

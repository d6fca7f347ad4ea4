/**
 * Whether `longForm` spells `acronym`, after Schwartz and Hearst ("A simple algorithm for
 * identifying abbreviation definitions in biomedical text", 2003): every letter or digit of the
 * acronym is found in the long form from right to left, in order, and the first one starts a
 * content word (not "of", "the"). Returns the offset in `longForm` where the match starts (the start of the definition),
 * or -1. "CSpOC" matches "Combined Space Operations Center"; "CVW" does not match "Carrier Air
 * Wing", so Navy designators that are not initialisms are left out rather than guessed.
 */
export function matchLetters(acronym: string, longForm: string): number {
  const short = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  const long = longForm.toLowerCase();
  if (!short) return -1;
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const char = short[s];
    // The first letter of the acronym must start a word; the others may sit inside one.
    while (l >= 0 && (long[l] !== char || (s === 0 && !startsContentWord(long, l)))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return l + 1;
}

/** Function words never start a long form: "Office of the Security…" is not "of the S…". */
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'or',
]);

function startsContentWord(text: string, at: number): boolean {
  if (at > 0 && isWordChar(text[at - 1])) return false;
  const word = /^[\p{L}\p{N}]+/u.exec(text.slice(at))?.[0] ?? '';
  return !FUNCTION_WORDS.has(word);
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

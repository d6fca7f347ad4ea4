import { collapseWhitespace } from './paragraphs.ts';

const MAX_TITLE_LENGTH = 90;
const MIN_TITLE_WORDS = 6;
const HEADER_LINES_TO_SKIP = 3;

// Words that end in a period without ending the sentence ("Lt. Gen. James", "Jan. 25").
const ABBREVIATIONS = new Set(
  (
    'adm brig capt cmdr col cpl gen lt maj mr mrs ms dr sgt spc pvt st sen rep gov pres jr sr inc corp co ltd ' +
    'no vs etc jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/**
 * Makes a title for text that has none: the first sentence of the first real line, shortened to
 * about 90 characters on a word boundary. Short header lines at the top ("ISAF Joint Command -
 * Afghanistan", "KABUL, Afghanistan (Jan. 25, 2013)") are passed over when a longer line follows.
 */
export function deriveTitle(text: string): string {
  const lines = text.split(/\r?\n/u).map(collapseWhitespace).filter(Boolean);
  const header = lines.slice(0, HEADER_LINES_TO_SKIP + 1);
  const line = header.find((candidate) => wordCount(candidate) >= MIN_TITLE_WORDS) ?? lines[0] ?? '';
  return shorten(firstSentence(line), MAX_TITLE_LENGTH);
}

/** Shortens `text` to at most `max` characters, cutting on a word boundary and adding "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:–—-]+$/u, '')}…`;
}

function firstSentence(line: string): string {
  for (const match of line.matchAll(/[.!?]["”’)]?\s+(?=["“‘(]?[A-Z])/gu)) {
    const end = match.index + match[0].trimEnd().length;
    const before = line.slice(0, match.index);
    const lastWord = before.slice(before.lastIndexOf(' ') + 1).replace(/^\W+/u, '');
    const isAbbreviation = ABBREVIATIONS.has(lastWord.toLowerCase()) || /^[A-Z](\.[A-Z])*$/u.test(lastWord);
    if (!isAbbreviation) return line.slice(0, end);
  }
  return line;
}

function wordCount(line: string): number {
  return line.split(' ').filter((word) => /\p{L}/u.test(word)).length;
}

import type { AnalyzedArticle, Sentence } from '../analysis/types.ts';

// A period, question or exclamation mark (and any closing quote) followed by a lower-case word.
const LOWERCASE_BOUNDARY = /[.!?]["”’')\]]*\s+(?=[a-z])/g;
// Words that end in a period without ending a sentence.
const ABBREVIATION =
  /(?:\b(?:mr|mrs|ms|dr|st|no|vs|etc|inc|co|corp|jr|sr|gen|lt|col|capt|sgt|rep|sen|gov|prof|u\.s|u\.k|e\.g|i\.e|a\.m|p\.m)|\b[a-z])\.["”’')\]]*\s+$/i;

/**
 * The sentences a summary picks from. An article set in lower case throughout (some feeds and
 * archives lower-case everything) gives the splitter no capital letters to find sentence starts,
 * so its paragraphs come back whole; they are split again at each end mark that a lower-case word
 * follows, unless the word before is a common abbreviation.
 */
export function summaryUnits(item: AnalyzedArticle): Sentence[] {
  if (!isLowerCased(item.article.body)) return item.sentences;
  return item.sentences.flatMap(splitLowerCased);
}

function isLowerCased(body: string): boolean {
  const letters = body.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return letters.length > 0 && upper / letters.length < 0.01;
}

function splitLowerCased(sentence: Sentence): Sentence[] {
  const parts: Sentence[] = [];
  let from = 0;
  for (const match of sentence.text.matchAll(LOWERCASE_BOUNDARY)) {
    const end = (match.index ?? 0) + match[0].length;
    if (ABBREVIATION.test(sentence.text.slice(Math.max(0, end - 12), end))) continue;
    parts.push(part(sentence, from, end));
    from = end;
  }
  parts.push(part(sentence, from, sentence.text.length));
  return parts.filter((piece) => piece.text.length > 0);
}

function part(sentence: Sentence, from: number, to: number): Sentence {
  const raw = sentence.text.slice(from, to);
  const text = raw.trimEnd();
  return {
    text,
    start: sentence.start + from,
    end: sentence.start + from + text.length,
    paragraph: sentence.paragraph,
  };
}

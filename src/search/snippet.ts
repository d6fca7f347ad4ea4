import type { Passage } from '../analysis/types.ts';
import { toTerm } from './terms.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const ELLIPSIS = '…';
/** When the first match sits beyond this share of the limit, the snippet starts near the match. */
const LATE_MATCH_SHARE = 0.6;
/** Words kept before a late first match, so the snippet does not open on the match itself. */
const LEAD_IN_CHARS = 40;

/**
 * The sentence(s) of `passage` that best show why it matched: the sentence with the most
 * distinct `matchedTerms` (index terms), then the sentences after it while they fit.
 * At most `maxLength` characters; a longer sentence is cut on a word boundary and marked "…".
 */
export function buildSnippet(passage: Passage, matchedTerms: ReadonlySet<string>, maxLength: number): string {
  const sentences =
    passage.sentences.length > 0 ? passage.sentences.map((s) => s.text.trim()) : [passage.text];
  let bestIndex = 0;
  let bestCount = -1;
  sentences.forEach((sentence, index) => {
    const count = countMatches(sentence, matchedTerms);
    if (count > bestCount) [bestIndex, bestCount] = [index, count];
  });
  let snippet = sentences[bestIndex] ?? '';
  if (snippet.length > maxLength) return cutAroundMatch(snippet, matchedTerms, maxLength);
  for (const next of sentences.slice(bestIndex + 1)) {
    if (snippet.length + 1 + next.length > maxLength) break;
    snippet = `${snippet} ${next}`;
  }
  return snippet;
}

/** The terms one sentence matched, kept from call to call (snippets are built one at a time). */
const found = new Set<string>();

function countMatches(sentence: string, matchedTerms: ReadonlySet<string>): number {
  found.clear();
  WORD.lastIndex = 0;
  // exec on the shared pattern, not matchAll: no iterator and no copy of the pattern per sentence.
  for (let match = WORD.exec(sentence); match !== null; match = WORD.exec(sentence)) {
    const term = toTerm(match[0]);
    if (term && matchedTerms.has(term)) found.add(term);
  }
  return found.size;
}

function firstMatchOffset(sentence: string, matchedTerms: ReadonlySet<string>): number {
  for (const match of sentence.matchAll(WORD)) {
    const term = toTerm(match[0]);
    if (term && matchedTerms.has(term)) return match.index;
  }
  return 0;
}

/** Cuts a long sentence to `maxLength`, starting near the first match when it would be cut off. */
function cutAroundMatch(sentence: string, matchedTerms: ReadonlySet<string>, maxLength: number): string {
  const matchAt = firstMatchOffset(sentence, matchedTerms);
  let text = sentence;
  let prefix = '';
  if (matchAt > maxLength * LATE_MATCH_SHARE) {
    const space = sentence.indexOf(' ', matchAt - LEAD_IN_CHARS);
    text = sentence.slice(space >= 0 && space < matchAt ? space + 1 : matchAt);
    prefix = ELLIPSIS;
  }
  const room = maxLength - prefix.length;
  if (text.length <= room) return prefix + text;
  return prefix + cutOnWordBoundary(text, room - ELLIPSIS.length) + ELLIPSIS;
}

/** The longest start of `text` that fits in `length` and ends at the end of a word. */
export function cutOnWordBoundary(text: string, length: number): string {
  if (text.length <= length) return text;
  const lastSpace = text.lastIndexOf(' ', length);
  const cut = lastSpace > 0 ? text.slice(0, lastSpace) : text.slice(0, length);
  return cut.replace(/[\s,;:–—-]+$/u, '');
}

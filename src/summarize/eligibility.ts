import type { Sentence } from '../analysis/types.ts';

/** Fewer words than this rarely carry a point of their own. */
export const MIN_WORDS = 8;

const BYLINE =
  /^(?:by|story by|photo by|written by|video by|courtesy|posted|updated|published|share|related)\b/i;
const CAPTION =
  /\((?:[^)]*\b(?:photo|photograph|image|video|graphic)\b[^)]*)\)\s*$|^\s*(?:photo|image|caption)\s*[:|-]/i;
const CONTACT = /https?:\/\/|www\.|\S+@\S+\.\w+|\bclick here\b|\bfor more information\b|\bsubscribe\b/i;
// Press-release furniture: "For Immediate Release", "Download PDF", "From USS X Public Affairs".
const RELEASE_FURNITURE = /\bfor immediate release\b|\bdownload pdf\b|^from\b.*\bpublic affairs\.?$/i;
const LEANING_OPENER =
  /^(?:["“‘']\s*)?(?:he|she|it|they|them|his|her|its|their|this|that|these|those|there|however|but|and|also|additionally|meanwhile|instead|still|yet|so|then|such|moreover|furthermore|further|likewise|similarly|nevertheless|nonetheless|otherwise|thus|therefore|hence|besides|in addition|as a result|for instance|for example|at the same time)\b/i;

/** Whether a sentence may stand in a summary at all: long enough, a statement, and not boilerplate. */
export function isSummarySentence(sentence: Sentence): boolean {
  const text = sentence.text.trim();
  if (wordCount(text) < MIN_WORDS) return false;
  if (/\?["”’)]*$/.test(text)) return false;
  return !isBoilerplate(sentence);
}

/** Bylines, captions, contact lines and press-release furniture: never in a summary, even to fill it. */
export function isBoilerplate(sentence: Sentence): boolean {
  const text = sentence.text.trim();
  // Furniture glued to real text by a missing line break still leaves a sentence worth reading.
  const isFurniture = RELEASE_FURNITURE.test(text) && wordCount(text) < 15;
  return BYLINE.test(text) || CAPTION.test(text) || CONTACT.test(text) || isFurniture;
}

/** A sentence opening with a pronoun or connective ("He said", "However,") reads wrong without the one before. */
export function leansOnPrevious(sentence: Sentence): boolean {
  return LEANING_OPENER.test(sentence.text.trim());
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

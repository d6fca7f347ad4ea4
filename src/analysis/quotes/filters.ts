/** Tests that tell a quotation from a scare quote or a title. */

// Words a title leaves in lower case.
const SMALL_WORDS = new Set(
  'a an the and or nor but of in on at to for from by with through into onto over under as vs via per'.split(
    ' ',
  ),
);

/** Number of whitespace-separated words. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * True for text written like a title or a name ("The Importance of Space for the Future of
 * NATO’s Deterrence and Defense", "Free and Open Indo-Pacific"): at least two words besides the
 * small ones, and all of them capitalised.
 */
export function isTitleCase(text: string): boolean {
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const content = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  return content.length >= 2 && content.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

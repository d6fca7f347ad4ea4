import { tokenize } from '../answer/terms.ts';

/** Word trigrams of a sentence (lower case), for blocking near-repeats in a summary. */
export function trigramsOf(text: string): Set<string> {
  const words = tokenize(text).map((token) => token.word);
  const trigrams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) trigrams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return trigrams;
}

export function sharesTrigram(trigrams: Set<string>, seen: Set<string>): boolean {
  for (const trigram of trigrams) if (seen.has(trigram)) return true;
  return false;
}

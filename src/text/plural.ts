/**
 * The noun for `count` things: singular for exactly one, plural otherwise ("0 articles").
 * `many` spells an irregular plural ("entry" → "entries"); the default adds an "s".
 */
export function pluralNoun(count: number, noun: string, many = `${noun}s`): string {
  return count === 1 ? noun : many;
}

/** "1 article", "3 articles": the count with its noun. */
export function plural(count: number, noun: string, many?: string): string {
  return `${count} ${pluralNoun(count, noun, many)}`;
}

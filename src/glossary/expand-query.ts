import type { Glossary } from './glossary.ts';
import { expansionKey } from './glossary.ts';

/** The longest spelled-out form looked for in a query, in words. */
const MAX_PHRASE_WORDS = 12;

/**
 * What the glossary adds to a query: its acronyms spelled out and its spelled-out phrases
 * abbreviated ("SDA sensors" → ["space domain awareness"]; "space domain awareness" → ["SDA"]).
 * Only the most frequent expansion is used, and only words written as acronyms (two capitals
 * or more, as typed) are expanded, so "us" or "it" never grow. Empty when nothing applies.
 */
export function queryExpansions(query: string, glossary: Glossary): string[] {
  const words = ` ${expansionKey(query)} `;
  const additions: string[] = [];
  const add = (text: string) => {
    if (!additions.includes(text) && !words.includes(` ${expansionKey(text)} `)) additions.push(text);
  };
  for (const word of query.match(/[A-Za-z][A-Za-z0-9&/-]*[A-Za-z0-9]/g) ?? []) {
    if ((word.match(/[A-Z]/g)?.length ?? 0) < 2) continue;
    const expansion = glossary.lookup(word)?.expansions[0];
    if (expansion) add(expansion.text);
  }
  // Every run of two to MAX_PHRASE_WORDS words may be a spelled-out form the glossary knows.
  const tokens = words.trim().split(' ');
  for (let start = 0; start < tokens.length; start++) {
    // Each run grown by one word: no array per run (a long question has hundreds of runs).
    let phrase = tokens[start] ?? '';
    for (let end = start + 2; end <= Math.min(tokens.length, start + MAX_PHRASE_WORDS); end++) {
      phrase = `${phrase} ${tokens[end - 1] ?? ''}`;
      for (const entry of glossary.acronymsFor(phrase)) add(entry.acronym);
    }
  }
  return additions;
}

/** The query followed by its expansions (for display and for counting rewritten questions). */
export function expandQuery(query: string, glossary: Glossary): string {
  const additions = queryExpansions(query, glossary);
  return additions.length ? `${query} ${additions.join(' ')}` : query;
}

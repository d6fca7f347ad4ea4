import type { Glossary } from './glossary.ts';
import { expansionKey } from './glossary.ts';

/**
 * What the glossary adds to a query: its acronyms spelled out and its spelled-out phrases
 * abbreviated ("SDA sensors" → ["space domain awareness"]; "space domain awareness" → ["SDA"]).
 * Only the most frequent expansion is used, and only words written as acronyms (two capitals
 * or more, as typed) are expanded, so "us" or "it" never grow. Empty when nothing applies.
 */
export function queryExpansions(query: string, glossary: Glossary): string[] {
  const additions: string[] = [];
  const add = (text: string) => {
    if (!additions.includes(text) && !containsPhrase(query, text)) additions.push(text);
  };
  for (const word of query.match(/[A-Za-z][A-Za-z0-9&/-]*[A-Za-z0-9]/g) ?? []) {
    if ((word.match(/[A-Z]/g)?.length ?? 0) < 2) continue;
    const expansion = glossary.lookup(word)?.expansions[0];
    if (expansion) add(expansion.text);
  }
  for (const entry of glossary.entries()) {
    const expansion = entry.expansions[0];
    if (expansion && containsPhrase(query, expansion.text)) add(entry.acronym);
  }
  return additions;
}

/** The query followed by its expansions (for display and for counting rewritten questions). */
export function expandQuery(query: string, glossary: Glossary): string {
  const additions = queryExpansions(query, glossary);
  return additions.length ? `${query} ${additions.join(' ')}` : query;
}

/** Whether `phrase` occurs in `text` as whole words, ignoring case, hyphens and punctuation. */
function containsPhrase(text: string, phrase: string): boolean {
  const haystack = ` ${expansionKey(text)} `;
  return haystack.includes(` ${expansionKey(phrase)} `);
}

import { UserError } from '../commands/command.ts';
import type { DefinitionReply } from '../replies/reply.ts';
import { closestMatches } from '../text/edit-distance.ts';
import type { Glossary, GlossaryEntry } from './glossary.ts';

/** The definitions shown: the usual one and a few alternatives, not every typo in the corpus. */
const EXPANSIONS_SHOWN = 3;

export function definitionReply(entry: GlossaryEntry): DefinitionReply {
  return {
    kind: 'definition',
    acronym: entry.acronym,
    expansions: entry.expansions.slice(0, EXPANSIONS_SHOWN).flatMap((expansion) => {
      const citation = expansion.citations[0];
      return citation ? [{ text: expansion.text, count: expansion.count, citation }] : [];
    }),
  };
}

/** The definition of `acronym`, or a `define.notFound` error naming close acronyms the glossary knows. */
export function defineAcronym(glossary: Glossary, acronym: string): DefinitionReply {
  const entry = glossary.lookup(acronym);
  if (entry) return definitionReply(entry);
  const known = glossary.entries().map((e) => e.acronym);
  const suggestions = closestMatches(acronym.toUpperCase(), known, 1);
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?` : '';
  throw new UserError(
    'define.notFound',
    `No article spells out “${acronym}” yet (I learn acronyms from definitions like “space domain awareness (SDA)”).${hint}`,
    suggestions,
  );
}

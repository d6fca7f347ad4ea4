import type { Citation } from '../replies/reply.ts';

/** One way an acronym is spelled out in the knowledge base. */
export interface Expansion {
  /** As first written ("Combined Space Operations Center"). */
  text: string;
  /** How many times the articles define the acronym this way. */
  count: number;
  /** The defining sentences, first article first; `citations[0]` is the one shown. */
  citations: Citation[];
}

/** An acronym and its expansions, the most frequent first. */
export interface GlossaryEntry {
  acronym: string;
  expansions: Expansion[];
}

/** Acronyms learned from the articles' own definitions. */
export interface Glossary {
  /** The entry for an acronym, whatever its case ("sda" finds "SDA"), or undefined. */
  lookup(acronym: string): GlossaryEntry | undefined;
  /** The acronyms whose most frequent expansion is `phrase` (case and spacing ignored). */
  acronymsFor(phrase: string): GlossaryEntry[];
  entries(): GlossaryEntry[];
}

/** Case, hyphens and spacing do not make a different expansion. */
export function expansionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-‐–]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function acronymKey(text: string): string {
  return text.toUpperCase();
}

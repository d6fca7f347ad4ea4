import { matchLetters } from './match-letters.ts';

/** An acronym defined in a text, with the offsets of the whole definition. */
export interface FoundDefinition {
  acronym: string;
  expansion: string;
  start: number;
  end: number;
}

/**
 * An acronym: starts with a capital, has at least two capitals, at most 12 characters; digits,
 * `&`, `/` and `-` allowed inside ("USSPACECOM", "CSpOC", "C4ISR", "A2/AD"); a plural "s" is
 * dropped ("BCUs" → "BCU").
 */
const ACRONYM = '[A-Z](?:[A-Za-z0-9&/-]{0,10}[A-Z0-9])';
/** "Long Form (ACR)": the acronym alone in parentheses. */
const IN_PARENTHESES = new RegExp(String.raw`\((${ACRONYM})s?\)`, 'g');
/** "ACR, or long form,": the long form runs to the next punctuation. */
const OR_FORM = new RegExp(String.raw`\b(${ACRONYM})s?,? or (?:the )?([^,.;:()"“”]{3,120})`, 'g');
/** Words before the parenthesis that may hold the long form. */
const LOOKBACK_WORDS = 12;
/** Words that never start a long form, though an acronym's letter may match them. */
const LEADING_NOISE = /^(?:the|a|an|of|and|for|to|in|on|at|by|with|its|their|our|his|her)\s+/i;

/** Every definition in `text` of the two common shapes; unclear cases are left out. */
export function findDefinitions(text: string): FoundDefinition[] {
  return [...parenthesisDefinitions(text), ...orDefinitions(text)].sort((a, b) => a.start - b.start);
}

function parenthesisDefinitions(text: string): FoundDefinition[] {
  const found: FoundDefinition[] = [];
  for (const match of text.matchAll(IN_PARENTHESES)) {
    const acronym = match[1] ?? '';
    if (!isAcronym(acronym)) continue;
    const before = precedingWords(text.slice(0, match.index), maxWords(acronym));
    const at = matchLetters(acronym, before);
    if (at < 0) continue;
    const expansion = cleanExpansion(before.slice(at));
    if (!isPlausible(acronym, expansion)) continue;
    found.push({
      acronym,
      expansion,
      start: match.index - (before.length - at),
      end: match.index + match[0].length,
    });
  }
  return found;
}

function orDefinitions(text: string): FoundDefinition[] {
  const found: FoundDefinition[] = [];
  for (const match of text.matchAll(OR_FORM)) {
    const acronym = match[1] ?? '';
    if (!isAcronym(acronym)) continue;
    const expansion = shortestSpelling(acronym, match[2] ?? '');
    if (!expansion || !isPlausible(acronym, expansion)) continue;
    found.push({ acronym, expansion, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function isAcronym(text: string): boolean {
  return (text.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

function maxWords(acronym: string): number {
  return Math.min(LOOKBACK_WORDS, acronym.length + 5, acronym.length * 2);
}

/** The last `count` words of `text`, not reaching back past a sentence or clause boundary. */
function precedingWords(text: string, count: number): string {
  const clause = text.split(/[.;:!?()"“”]\s|[;:()"“”]/).pop() ?? '';
  const words = clause.trimEnd().split(/\s+/);
  return words.slice(-count).join(' ');
}

/** The fewest leading words of `candidate` that spell `acronym`, or undefined. */
function shortestSpelling(acronym: string, candidate: string): string | undefined {
  const words = candidate.trim().split(/\s+/).slice(0, maxWords(acronym));
  for (let count = 1; count <= words.length; count++) {
    const phrase = words.slice(0, count).join(' ');
    if (matchLetters(acronym, phrase) === 0) return phrase;
  }
  return undefined;
}

function cleanExpansion(text: string): string {
  let expansion = text.trim().replace(/\s+/g, ' ');
  while (LEADING_NOISE.test(expansion)) expansion = expansion.replace(LEADING_NOISE, '');
  return expansion.replace(/[,'’]+$/, '');
}

/**
 * Rejects what merely happens to contain the letters: a long form must have at least two
 * words (or be a hyphenated compound), not be longer than the acronym allows, and not be
 * the acronym itself.
 */
function isPlausible(acronym: string, expansion: string): boolean {
  const words = expansion.split(/[\s-]+/).filter(Boolean);
  if (words.length < 2 || words.length > maxWords(acronym)) return false;
  if (expansion.replace(/[^A-Za-z0-9]/g, '').toLowerCase() === acronym.toLowerCase()) return false;
  // The first word must carry the acronym's first letter at its start.
  return words[0]?.[0]?.toLowerCase() === acronym[0]?.toLowerCase();
}

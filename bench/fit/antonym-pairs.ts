// Reads WordNet's data files (wndb(5) format) for their one-word antonym pairs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The data files read; a part of speech whose file is absent is skipped. */
const PARTS_OF_SPEECH = ['adj', 'adv', 'noun', 'verb'] as const;

interface Synset {
  words: string[];
  /** Antonym pointers: [source word number (1-based), target synset offset, target word number]. */
  antonyms: [number, string, number][];
}

/**
 * One line of a WordNet data file: `offset lex_filenum ss_type w_cnt word lex_id … p_cnt
 * pointer_symbol offset pos source/target … | gloss` (wndb(5)). Antonyms ("!") are lexical
 * pointers: they join one word of a synset to one word of another.
 */
function parseSynset(line: string): [string, Synset] | undefined {
  if (line.startsWith('  ')) return undefined; // the licence header
  const fields = line.split(' | ')[0]!.trim().split(' ');
  const offset = fields[0]!;
  const wordCount = Number.parseInt(fields[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!);
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at++]);
  const antonyms: Synset['antonyms'] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const [symbol, target, , sourceTarget] = fields.slice(at, at + 4);
    if (symbol !== '!' || !target || !sourceTarget) continue;
    const source = Number.parseInt(sourceTarget.slice(0, 2), 16);
    const targetWord = Number.parseInt(sourceTarget.slice(2), 16);
    antonyms.push([source, target, targetWord]);
  }
  return [offset, { words, antonyms }];
}

/** "good(a)" → "good"; multi-word lemmas ("in_front") are left out: Sitrep matches single words. */
function lemma(word: string | undefined): string | undefined {
  const bare = word?.replace(/\(.*\)$/, '').toLowerCase();
  return bare && !bare.includes('_') ? bare : undefined;
}

/** Every one-word antonym pair of the dictionary's data files, each pair and the list sorted. */
export function antonymPairs(dictionary: string): [string, string][] {
  const pairs = new Set<string>();
  for (const pos of PARTS_OF_SPEECH) {
    const file = join(dictionary, `data.${pos}`);
    if (!existsSync(file)) continue;
    const synsets = new Map<string, Synset>();
    for (const line of readFileSync(file, 'latin1').split('\n')) {
      const parsed = line ? parseSynset(line) : undefined;
      if (parsed) synsets.set(...parsed);
    }
    for (const synset of synsets.values()) {
      for (const [source, target, targetWord] of synset.antonyms) {
        const a = lemma(synset.words[source - 1]);
        const b = lemma(synsets.get(target)?.words[targetWord - 1]);
        if (a && b && a !== b) pairs.add(JSON.stringify([a, b].sort()));
      }
    }
  }
  return [...pairs].sort().map((pair) => JSON.parse(pair) as [string, string]);
}

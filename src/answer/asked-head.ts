import { createRequire } from 'node:module';
import { isIrregularVerbForm } from './base-form.ts';
import { stemWord } from './terms.ts';

type Lexicon = Record<string, string[] | undefined>;

let lexicon: Lexicon | undefined;

/** wink-lexicon's part-of-speech lexicon, read on first use (~30 ms), never at start-up. */
function partsOfSpeech(): Lexicon {
  lexicon ??= createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Lexicon;
  return lexicon;
}

// Words that end the noun phrase after "which"/"what": auxiliaries, prepositions, determiners.
const PHRASE_ENDS = new Set(
  `did does do is was were are has had have will would can could should may might must
  of in on at for with from to by about during under over after before into between through across
  near against within without like as than since until per via toward towards among around behind
  beyond inside outside upon the a an this that these those his her its their our`.split(/\s+/),
);

// Heads that say nothing about the thing asked for: "what kind of drills", "which one".
const EMPTY_HEADS = new Set('kind type sort part one ones way thing things name number'.split(' '));

const VERB_TAGS = /^VB[DNZPG]?$/;

/**
 * The noun a "which/what …" question asks for, stemmed: "Which Japanese ship did…" → ship,
 * "which cruiser sailed with…" → cruiser, "which aircraft fleets use…" → fleet. Undefined when
 * the question names no such noun ("What did he say?") or only an empty one ("what kind of…").
 */
export function askedHeadStem(question: string): string | undefined {
  const match = /\b(?:which|what)\s+([a-z][\w'’-]*(?:\s+[\w'’-]+){0,4})/i.exec(question);
  if (!match?.[1]) return undefined;
  const tags = partsOfSpeech();
  const phrase: string[] = [];
  const written = match[1].split(/\s+/);
  for (const [at, original] of written.entries()) {
    const word = original.toLowerCase();
    if (PHRASE_ENDS.has(word)) break;
    const next = written[at + 1]?.toLowerCase();
    if (phrase.length > 0 && isVerbAfter(word, original, phrase.at(-1)!, next, tags)) break;
    phrase.push(word);
  }
  const head = phrase.at(-1);
  if (!head || EMPTY_HEADS.has(head)) return undefined;
  return stemWord(head);
}

/**
 * The word is the question's verb, not part of the noun phrase: only ever a verb ("sailed"), an
 * irregular past ("flew", "won"), a lower-case "-ed" word the lexicon lacks, a plain verb form
 * after a plural noun ("fleets use"), or an "-s" verb form followed by a preposition ("river
 * flows through"; "aircraft fleets use" keeps "fleets").
 */
function isVerbAfter(
  word: string,
  written: string,
  previous: string,
  next: string | undefined,
  tags: Lexicon,
): boolean {
  const wordTags = tags[word] ?? [];
  if (wordTags.length > 0 && wordTags.every((tag) => VERB_TAGS.test(tag))) return true;
  if (isIrregularVerbForm(word)) return true;
  if (wordTags.length === 0 && written === word && /ed$/.test(word)) return true;
  const previousFirst = tags[previous]?.[0];
  if (previousFirst === 'NNS' && wordTags.some((tag) => tag === 'VBP' || tag === 'VB')) return true;
  return wordTags.includes('VBZ') && next !== undefined && PHRASE_ENDS.has(next);
}

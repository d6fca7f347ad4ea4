import { readFileSync } from 'node:fs';
import { irregularAdjectiveBase } from '../base-form.ts';
import { stemWord, type Token } from '../terms.ts';

/**
 * WordNet's one-word antonym pairs (`antonym-pairs.json`, written by `npm run antonyms`; WordNet's
 * licence is in WORDNET-LICENSE beside it), keyed by lemma and by stem: word → its opposites'
 * lemmas and stems. Read on the first question, not at start-up.
 */
let opposites: Map<string, Set<string>> | undefined;

function table(): Map<string, Set<string>> {
  if (!opposites) {
    const file = new URL('./antonym-pairs.json', import.meta.url);
    const { pairs } = JSON.parse(readFileSync(file, 'utf8')) as { pairs: [string, string][] };
    const built = new Map<string, Set<string>>();
    const add = (word: string, opposite: string) => {
      for (const key of new Set([word, stemWord(word)])) {
        const set = built.get(key) ?? new Set<string>();
        built.set(key, set.add(opposite).add(stemWord(opposite)));
      }
    };
    for (const [a, b] of pairs) {
      add(a, b);
      add(b, a);
    }
    opposites = built;
  }
  return opposites;
}

/**
 * The forms under which WordNet may list a lower-case word: itself, its stem and, for a
 * comparative or superlative, its positive ("lowest" → "low", "larger" → "large", "biggest" →
 * "big", "earliest" → "early", "better" → "good"). The stemmer keeps "-est" and "-er", and WordNet
 * lists antonyms for the positive only.
 */
export function listedForms(word: string, stem = stemWord(word)): string[] {
  const known = table();
  const forms = stem === word ? [word] : [word, stem];
  const irregular = irregularAdjectiveBase(word);
  if (irregular) forms.push(irregular);
  for (const suffix of ['est', 'er']) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 3) continue;
    const base = word.slice(0, -suffix.length);
    const positives = [base, `${base}e`, base.replace(/(.)\1$/, '$1'), base.replace(/i$/, 'y')];
    for (const positive of positives) if (known.has(positive)) forms.push(positive);
  }
  return forms;
}

/** A word the question asks about that has antonyms: its stem, and its opposites' forms. */
export interface AskedOpposite {
  stem: string;
  opposites: ReadonlySet<string>;
}

/** The question's content words that WordNet gives antonyms for. */
export function askedOpposites(questionTokens: readonly Token[]): AskedOpposite[] {
  const known = table();
  const asked: AskedOpposite[] = [];
  for (const token of questionTokens) {
    const found = new Set<string>();
    for (const form of listedForms(token.word))
      for (const opposite of known.get(form) ?? []) found.add(opposite);
    if (found.size > 0) asked.push({ stem: token.stem, opposites: found });
  }
  return asked;
}

/**
 * The sentence states the opposite of a word the question asks with, and not the word itself:
 * "Who suggested imperialism was the *lowest* form…?" against "…was the *highest* form". An
 * unanswerable question is often an answerable one with a word turned round; an answer that
 * merely also holds the opposite ("first … last") still holds the asked word, and does not count.
 */
export function saysOpposite(
  asked: readonly AskedOpposite[],
  sentenceStems: ReadonlySet<string>,
  sentenceTokens: readonly Token[],
): boolean {
  const turned = asked.filter((word) => !sentenceStems.has(word.stem));
  if (turned.length === 0) return false;
  for (const token of sentenceTokens) {
    const forms = listedForms(token.word, token.stem);
    if (turned.some((word) => forms.some((form) => word.opposites.has(form)))) return true;
  }
  return false;
}

import { createRequire } from 'node:module';

type Exceptions = Record<string, string>;

let verbs: Exceptions | undefined;
let nouns: Exceptions | undefined;

/** WordNet's irregular forms (wink-lexicon), read on first use: about 40 ms, never at start-up. */
function exceptions(): [Exceptions, Exceptions] {
  if (!verbs || !nouns) {
    const require = createRequire(import.meta.url);
    verbs = require('wink-lexicon/src/wn-verb-exceptions.js') as Exceptions;
    nouns = require('wink-lexicon/src/wn-noun-exceptions.js') as Exceptions;
  }
  return [verbs, nouns];
}

let adjectives: Exceptions | undefined;

/**
 * The positive of an irregular comparative or superlative in WordNet's list ("better", "worst" →
 * "good", "bad"); undefined for any other word. Read on first use, apart from the verb and noun
 * lists: only the antonym check needs it. Lower-case input.
 */
export function irregularAdjectiveBase(word: string): string | undefined {
  adjectives ??= createRequire(import.meta.url)('wink-lexicon/src/wn-adjective-exceptions.js') as Exceptions;
  return Object.hasOwn(adjectives, word) ? adjectives[word] : undefined;
}

/** WordNet lists the word as an irregular verb form ("flew", "won", "fled"). Lower-case input. */
export function isIrregularVerbForm(word: string): boolean {
  return Object.hasOwn(exceptions()[0], word);
}

const MARKS = /\p{M}/gu;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The word as matching should see it: accents folded ("Ögedei" → "ogedei", as the search index
 * does) and an irregular form taken to its base ("fled" → "flee", "wives" → "wife"), which the
 * stemmer cannot do, so a question's "flee" finds an article's "fled". Regular forms are left to
 * the stemmer. Lower-case input.
 */
export function baseForm(word: string): string {
  const folded = NON_ASCII.test(word) ? word.normalize('NFKD').replace(MARKS, '') : word;
  const [verbForms, nounForms] = exceptions();
  return (
    (Object.hasOwn(verbForms, folded) ? verbForms[folded] : undefined) ??
    (Object.hasOwn(nounForms, folded) ? nounForms[folded] : undefined) ??
    folded
  );
}

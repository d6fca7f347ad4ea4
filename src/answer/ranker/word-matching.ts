// How a sentence's words match the question's: counts, order, closeness, what is missing.
import type { QuestionTerms } from '../question-terms.ts';
import type { Token } from '../terms.ts';

/** How many of the wanted stems the sentence has. */
export function countIn(wanted: ReadonlySet<string>, have: ReadonlySet<string>): number {
  let count = 0;
  for (const stem of wanted) if (have.has(stem)) count++;
  return count;
}

/** The share of the stems (the question's names) the text lacks. */
export function missingShare(stems: string[], have: ReadonlySet<string>): number {
  if (stems.length === 0) return 0;
  return stems.filter((stem) => !have.has(stem)).length / stems.length;
}

/** The rarest question term the sentence and its context lack, as a share of the rarest term's weight. */
export function missingRare(terms: QuestionTerms, context: ReadonlySet<string>, maxIdf: number): number {
  if (maxIdf <= 0) return 0;
  let worst = 0;
  for (const [stem, weight] of terms.weights) if (!context.has(stem)) worst = Math.max(worst, weight);
  return worst / maxIdf;
}

/** The longest run of the question's words found in the same order, word after word, in the sentence. */
export function longestRun(question: string[], tokens: Token[]): number {
  let best = 0;
  for (let i = 0; i < question.length; i++) {
    for (let j = 0; j < tokens.length; j++) {
      let run = 0;
      while (
        i + run < question.length &&
        j + run < tokens.length &&
        question[i + run] === tokens[j + run]!.stem
      )
        run++;
      if (run > best) best = run;
    }
  }
  return best;
}

/**
 * Share of the question's adjacent word pairs that appear in the same order with at most two
 * words between them ("Department of State Affairs" still holds "department state").
 */
export function bigramShare(ordered: string[], tokens: Token[]): number {
  if (ordered.length < 2) return 0;
  const positions = new Map<string, number[]>();
  for (const [at, token] of tokens.entries()) {
    const list = positions.get(token.stem);
    if (list) list.push(at);
    else positions.set(token.stem, [at]);
  }
  let found = 0;
  for (let i = 0; i + 1 < ordered.length; i++) {
    const left = positions.get(ordered[i]!);
    const right = positions.get(ordered[i + 1]!);
    if (left && right && left.some((a) => right.some((b) => b > a && b - a <= 3))) found++;
  }
  return found / (ordered.length - 1);
}

/** Matched question words over the length of the stretch that holds them all: close together is better. */
export function matchWindow(tokens: Token[], terms: QuestionTerms): number {
  let first = -1;
  let last = -1;
  let matched = 0;
  for (const [at, token] of tokens.entries()) {
    if (!terms.stems.has(token.stem)) continue;
    if (first < 0) first = at;
    last = at;
    matched++;
  }
  return matched === 0 ? 0 : matched / (last - first + 1);
}

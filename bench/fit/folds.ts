// Deterministic k-fold assignment by group, so no article's questions are on both sides of a split.
import { seededRandom } from '../seeded-random.ts';

/**
 * Fold of each group: groups shuffled with the seed, then dealt round-robin per dataset prefix
 * (the text before ':'), so every fold holds some of each dataset.
 */
export function assignFolds(groups: string[], k: number, seed: number): Map<string, number> {
  const random = seededRandom(seed);
  const byPrefix = new Map<string, string[]>();
  for (const group of [...new Set(groups)].sort()) {
    const prefix = group.split(':')[0] ?? '';
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), group]);
  }
  const folds = new Map<string, number>();
  let offset = 0;
  for (const prefix of [...byPrefix.keys()].sort()) {
    const list = byPrefix.get(prefix)!;
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    for (const [i, group] of list.entries()) folds.set(group, (i + offset) % k);
    offset += list.length;
  }
  return folds;
}

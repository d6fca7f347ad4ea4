/** Orders two ids of equal score: negative when `a` goes first. */
export type TieBreak = (a: number, b: number) => number;

const lowerIdFirst: TieBreak = (a, b) => a - b;

/**
 * The `limit` ids with the highest `scoreOf`, best first; ties go to the id `tieBreak` puts
 * first (the lower id by default), so results are the same on every run. One pass with a small
 * sorted buffer: cheap for a limit of tens over thousands of ids.
 */
export function topK(
  ids: Iterable<number>,
  scoreOf: (id: number) => number,
  limit: number,
  tieBreak: TieBreak = lowerIdFirst,
): number[] {
  const best: number[] = [];
  const scores: number[] = [];
  if (limit <= 0) return best;
  const ranksAbove = (score: number, id: number, at: number): boolean => {
    const other = scores[at] ?? 0;
    return score > other || (score === other && tieBreak(id, best[at] ?? 0) < 0);
  };
  for (const id of ids) {
    const score = scoreOf(id);
    if (best.length === limit && !ranksAbove(score, id, limit - 1)) continue;
    let at = Math.min(best.length, limit - 1);
    while (at > 0 && ranksAbove(score, id, at - 1)) at--;
    best.splice(at, 0, id);
    scores.splice(at, 0, score);
    if (best.length > limit) {
      best.pop();
      scores.pop();
    }
  }
  return best;
}

/**
 * `topK` over `ids` scored by `scores[id]`: the same ids in the same order, without a callback
 * per id (over a hundred thousand touched passages, the callback's returned numbers were
 * allocated one by one).
 */
export function topKByScore(
  ids: Int32Array,
  scores: Float64Array,
  limit: number,
  tieBreak: TieBreak = lowerIdFirst,
): number[] {
  const best: number[] = [];
  const bestScores: number[] = [];
  if (limit <= 0) return best;
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index] as number;
    const score = scores[id] as number;
    if (best.length === limit) {
      const last = bestScores[limit - 1] as number;
      if (score < last || (score === last && tieBreak(id, best[limit - 1] as number) >= 0)) continue;
    }
    let at = Math.min(best.length, limit - 1);
    while (at > 0) {
      const other = bestScores[at - 1] as number;
      if (!(score > other || (score === other && tieBreak(id, best[at - 1] as number) < 0))) break;
      at--;
    }
    best.splice(at, 0, id);
    bestScores.splice(at, 0, score);
    if (best.length > limit) {
      best.pop();
      bestScores.pop();
    }
  }
  return best;
}

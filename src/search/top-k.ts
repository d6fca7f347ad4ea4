/**
 * The `limit` ids with the highest `scoreOf`, best first; ties go to the lower id, so results
 * are the same on every run. One pass with a small sorted buffer: cheap for a limit of tens
 * over thousands of ids.
 */
export function topK(ids: Iterable<number>, scoreOf: (id: number) => number, limit: number): number[] {
  const best: number[] = [];
  const scores: number[] = [];
  if (limit <= 0) return best;
  for (const id of ids) {
    const score = scoreOf(id);
    if (best.length === limit && !ranksAbove(score, id, scores[limit - 1] ?? 0, best[limit - 1] ?? 0))
      continue;
    let at = Math.min(best.length, limit - 1);
    while (at > 0 && ranksAbove(score, id, scores[at - 1] ?? 0, best[at - 1] ?? 0)) at--;
    best.splice(at, 0, id);
    scores.splice(at, 0, score);
    if (best.length > limit) {
      best.pop();
      scores.pop();
    }
  }
  return best;
}

function ranksAbove(score: number, id: number, otherScore: number, otherId: number): boolean {
  return score > otherScore || (score === otherScore && id < otherId);
}

/** Below this many articles, the snapshot is saved after every change: it is small. */
const SMALL_KNOWLEDGE_BASE = 2_000;
/** Above it, once this share of the articles differ from the snapshot. */
const SNAPSHOT_DRIFT_SHARE = 0.01;

/**
 * How far the index is from the snapshot on disk: the articles whose source content differs
 * from the one the snapshot indexed (or that only one of them has), kept up to date id by id.
 */
export class SnapshotDrift {
  /** For each article of the snapshot on disk, its source hash; undefined: no usable snapshot. */
  private saved: Map<string, string> | undefined;
  private readonly drifted = new Set<string>();

  constructor(private readonly currentSource: (articleId: string) => string | undefined) {}

  /** The snapshot on disk now holds `sources` (article id → source hash); undefined: none does. */
  reset(sources: Map<string, string> | undefined, visibleIds: Iterable<string>): void {
    this.saved = sources;
    this.drifted.clear();
    if (!sources) return;
    for (const id of visibleIds) this.update(id);
    for (const id of sources.keys()) this.update(id);
  }

  /** Re-checks the articles with these ids after a change. */
  update(id: string): void {
    if (this.saved?.get(id) !== this.currentSource(id)) this.drifted.add(id);
    else this.drifted.delete(id);
  }

  /**
   * True when the snapshot on disk is missing or too far behind the index to be worth restoring
   * from. A snapshot a few articles behind still is: opening re-adds what changed since it was
   * saved, from the analysis cache. So a large knowledge base is not rewritten whole for every
   * feed item or edited file (at 100,000 articles that is a few hundred megabytes each time).
   */
  isBehind(articleCount: number): boolean {
    if (!this.saved) return true;
    const drift = this.drifted.size;
    if (drift === 0) return false;
    return articleCount < SMALL_KNOWLEDGE_BASE || drift >= articleCount * SNAPSHOT_DRIFT_SHARE;
  }
}

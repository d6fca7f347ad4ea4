/** The last `capacity` keys seen, oldest forgotten first: memory stays bounded however long Sitrep runs. */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 2_000) {}

  /** Records `key`; returns false when it is already among the recent keys. */
  add(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next().value;
      if (oldest !== undefined) this.keys.delete(oldest);
    }
    return true;
  }
}

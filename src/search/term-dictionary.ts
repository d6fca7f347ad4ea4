/**
 * The terms of a frozen segment, sorted (by UTF-16 code units, as `<` compares strings), each
 * known by its ordinal: exact, prefix and typo-tolerant lookups by binary search over the sorted
 * array, which walks it as the trie it implicitly is. No tree of nodes to build at start: a
 * dictionary of a million terms is one array of strings.
 */
export class TermDictionary {
  constructor(private readonly terms: readonly string[]) {}

  /** Terms, in order. */
  get size(): number {
    return this.terms.length;
  }

  termAt(ordinal: number): string {
    return this.terms[ordinal] ?? '';
  }

  /** The ordinal of `term`, or -1. */
  find(term: string): number {
    const at = this.lowerBound(term, 0, this.terms.length);
    return this.terms[at] === term ? at : -1;
  }

  /** Ordinals [from, to) of the terms that start with `prefix` (`term` itself included). */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix, 0, this.terms.length);
    let to = from;
    let step = 1;
    // Galloping: most prefixes match a handful of terms.
    while (to + step <= this.terms.length && (this.terms[to + step - 1] ?? '').startsWith(prefix)) {
      to += step;
      step *= 2;
    }
    let high = Math.min(to + step, this.terms.length);
    while (to < high) {
      const middle = (to + high) >>> 1;
      if ((this.terms[middle] ?? '').startsWith(prefix)) to = middle + 1;
      else high = middle;
    }
    return [from, to];
  }

  /**
   * The terms within `maxDistance` edits of `query` (Levenshtein: insertions, deletions and
   * substitutions of UTF-16 code units, as minisearch counts them), with their distance.
   */
  fuzzy(query: string, maxDistance: number): Map<number, number> {
    const found = new Map<number, number>();
    const columns = query.length + 1;
    // One row per depth, in one array: a walk only goes deeper while a distance stays within
    // `maxDistance`, so never past query.length + maxDistance code units.
    const rows = new Uint8Array((query.length + maxDistance + 2) * columns);
    for (let column = 0; column < columns; column++) rows[column] = Math.min(column, 255);
    this.walk(query, maxDistance, 0, this.terms.length, 0, rows, found);
    return found;
  }

  /**
   * Visits the terms [from, to), which share their first `depth` code units, with row `depth`
   * of `rows` the edit distances between that shared prefix and each prefix of `query`.
   */
  private walk(
    query: string,
    maxDistance: number,
    from: number,
    to: number,
    depth: number,
    rows: Uint8Array,
    found: Map<number, number>,
  ): void {
    const columns = query.length + 1;
    let at = from;
    if (at < to && (this.terms[at] ?? '').length === depth) {
      const distance = rows[depth * columns + query.length] ?? 255;
      if (distance <= maxDistance) found.set(at, distance);
      at += 1;
    }
    while (at < to) {
      const unit = (this.terms[at] ?? '').charCodeAt(depth);
      const end = this.endOfUnit(unit, depth, at, to);
      const least = nextRow(rows, depth * columns, columns, query, unit);
      if (least <= maxDistance) this.walk(query, maxDistance, at, end, depth + 1, rows, found);
      at = end;
    }
  }

  /** The first ordinal in [from, to) whose code unit at `depth` is past `unit`. */
  private endOfUnit(unit: number, depth: number, from: number, to: number): number {
    let low = from + 1;
    let high = to;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.terms[middle] ?? '').charCodeAt(depth) === unit) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private lowerBound(term: string, from: number, to: number): number {
    let low = from;
    let high = to;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.terms[middle] ?? '') < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * Writes the row after the one at `offset` (`columns` distances) for one more code unit,
 * `unit`, right after it in `rows`; returns its smallest distance.
 */
function nextRow(rows: Uint8Array, offset: number, columns: number, query: string, unit: number): number {
  const next = offset + columns;
  let least = Math.min((rows[offset] ?? 254) + 1, 255);
  rows[next] = least;
  for (let column = 1; column < columns; column++) {
    const substitute = (rows[offset + column - 1] ?? 255) + (query.charCodeAt(column - 1) === unit ? 0 : 1);
    const remove = (rows[offset + column] ?? 255) + 1;
    const insert = (rows[next + column - 1] ?? 255) + 1;
    const distance = Math.min(substitute, remove, insert, 255);
    rows[next + column] = distance;
    if (distance < least) least = distance;
  }
  return least;
}

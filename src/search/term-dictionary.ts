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
    const firstRow = Uint8Array.from({ length: columns }, (_, column) => Math.min(column, 255));
    this.walk(query, maxDistance, 0, this.terms.length, 0, firstRow, found);
    return found;
  }

  /**
   * Visits the terms [from, to), which share their first `depth` code units, with `row` the edit
   * distances between that shared prefix and each prefix of `query`.
   */
  private walk(
    query: string,
    maxDistance: number,
    from: number,
    to: number,
    depth: number,
    row: Uint8Array,
    found: Map<number, number>,
  ): void {
    let at = from;
    if (at < to && (this.terms[at] ?? '').length === depth) {
      const distance = row[query.length] ?? 255;
      if (distance <= maxDistance) found.set(at, distance);
      at += 1;
    }
    while (at < to) {
      const unit = (this.terms[at] ?? '').charCodeAt(depth);
      const end = this.endOfUnit(unit, depth, at, to);
      const next = nextRow(row, query, unit);
      if (minimum(next) <= maxDistance) this.walk(query, maxDistance, at, end, depth + 1, next, found);
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

function nextRow(row: Uint8Array, query: string, unit: number): Uint8Array {
  const next = new Uint8Array(row.length);
  next[0] = Math.min((row[0] ?? 254) + 1, 255);
  for (let column = 1; column < row.length; column++) {
    const substitute = (row[column - 1] ?? 255) + (query.charCodeAt(column - 1) === unit ? 0 : 1);
    const remove = (row[column] ?? 255) + 1;
    const insert = (next[column - 1] ?? 255) + 1;
    next[column] = Math.min(substitute, remove, insert, 255);
  }
  return next;
}

function minimum(row: Uint8Array): number {
  let least = 255;
  for (const value of row) if (value < least) least = value;
  return least;
}

/**
 * A list of ids in a typed array kept from query to query: pushing hundreds of thousands of
 * touched passages allocates nothing once it has grown, and emptying it is one assignment.
 */
export class IdList {
  ids = new Int32Array(1024);
  length = 0;

  push(id: number): void {
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  /** The ids pushed since the last `clear`, as a view. */
  view(): Int32Array {
    return this.ids.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }
}

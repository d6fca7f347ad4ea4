type Typed = Uint8Array | Uint32Array;

/** An append-only typed array that doubles when full: millions of numbers without boxing them. */
export class GrowableArray<T extends Typed> {
  private data: T;
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index] ?? 0;
  }

  /** The values pushed, in a view that shares their memory. */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/** One record cut out of a record file, before JSON parsing: its bytes, or why it has none. */
export type RecordSlice =
  | { n: number; bytes: Buffer }
  | { n: number; tooLarge: number }
  | { n: number; invalid: string };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
/** Keys longer than this are not "articles"; they are not kept while scanning. */
const MAX_KEY_BYTES = 64;

/**
 * Holds the bytes of the record being cut, up to `maxBytes`; past that it only counts them, so
 * an oversize record costs no memory.
 */
class RecordBuffer {
  private parts: Buffer[] = [];
  size = 0;

  constructor(private readonly maxBytes: number) {}

  push(part: Buffer): void {
    this.size += part.length;
    if (this.size <= this.maxBytes) this.parts.push(part);
    else this.parts = [];
  }

  take(n: number): RecordSlice {
    const slice: RecordSlice =
      this.size > this.maxBytes ? { n, tooLarge: this.size } : { n, bytes: Buffer.concat(this.parts) };
    this.parts = [];
    this.size = 0;
    return slice;
  }
}

/**
 * Cuts JSON Lines into lines as the chunks arrive, numbered from 1; blank lines are dropped.
 * Works on bytes: a newline byte never occurs inside a multi-byte UTF-8 character.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<RecordSlice> {
  const line = new RecordBuffer(maxBytes);
  let n = 1;
  let hasText = false;
  for await (const chunk of chunks) {
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, from)) {
      line.push(chunk.subarray(from, at));
      hasText ||= hasNonSpace(chunk, from, at);
      const slice = line.take(n);
      if (hasText) yield slice;
      hasText = false;
      n += 1;
      from = at + 1;
    }
    line.push(chunk.subarray(from));
    hasText ||= hasNonSpace(chunk, from, chunk.length);
  }
  const last = line.take(n);
  if (hasText) yield last;
}

/**
 * Cuts a JSON file into the records `parseJson` reads (the elements of a top-level array, or of
 * the `articles` array of a top-level object; a lone object is one record) as the chunks arrive,
 * numbered from 1, without ever holding more than one record. Tracks only what it must: nesting
 * depth, strings and escapes, and the keys of the top-level object.
 */
export async function* splitJsonRecords(
  chunks: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<RecordSlice> {
  const record = new RecordBuffer(maxBytes);
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Depth of the array whose elements are records; 0 until one is found, -1 once it closed. */
  let recordDepth = 0;
  let isLoneObject = false;
  let inRecord = false;
  let n = 1;
  let key: number[] | undefined;
  let lastKey = '';
  let awaitingValueOf = '';
  for await (const chunk of chunks) {
    let recordFrom = inRecord ? 0 : -1;
    for (let at = 0; at < chunk.length; at++) {
      const byte = chunk[at] ?? 0;
      if (inString) {
        if (key && key.length <= MAX_KEY_BYTES) key.push(byte);
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) {
          inString = false;
          if (key) lastKey = Buffer.from(key.slice(0, -1)).toString('utf8');
          key = undefined;
        }
        continue;
      }
      if (isSpace(byte)) continue;
      // A record starts at the first byte of a value inside the record array.
      if (recordDepth > 0 && depth === recordDepth && !inRecord && byte !== COMMA && byte !== CLOSE_ARRAY) {
        inRecord = true;
        recordFrom = at;
      }
      if (depth === 0 && byte === OPEN_OBJECT && recordDepth === 0) {
        isLoneObject = true;
        inRecord = true;
        recordFrom = at;
      }
      if (byte === QUOTE) {
        inString = true;
        // Keys and values of the top-level object: remember a key to spot "articles".
        if (depth === 1 && isLoneObject && !awaitingValueOf) key = [];
      } else if (byte === COLON && depth === 1 && isLoneObject) {
        awaitingValueOf = lastKey;
      } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
        if (byte === OPEN_ARRAY && depth === 0) recordDepth = 1;
        if (byte === OPEN_ARRAY && depth === 1 && awaitingValueOf === 'articles' && isLoneObject) {
          // `{ "articles": [...] }`: the records are the array's elements, not the whole object.
          recordDepth = 2;
          isLoneObject = false;
          inRecord = false;
          recordFrom = -1;
          record.take(0);
        }
        depth += 1;
      } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
        if (recordDepth > 0 && depth === recordDepth && inRecord) {
          record.push(chunk.subarray(recordFrom, at));
          yield record.take(n++);
          inRecord = false;
          recordFrom = -1;
        }
        // The record array closed: whatever follows holds no records.
        if (recordDepth > 0 && depth === recordDepth) recordDepth = -1;
        depth -= 1;
        if (depth === 0 && isLoneObject && inRecord) {
          record.push(chunk.subarray(recordFrom, at + 1));
          yield record.take(n++);
          inRecord = false;
          recordFrom = -1;
        }
      } else if (byte === COMMA) {
        if (depth === 1 && isLoneObject) awaitingValueOf = '';
        if (recordDepth > 0 && depth === recordDepth && inRecord) {
          record.push(chunk.subarray(recordFrom, at));
          yield record.take(n++);
          inRecord = false;
          recordFrom = -1;
        }
      }
      if (depth < 0) {
        yield { n, invalid: 'unexpected closing bracket' };
        return;
      }
    }
    if (inRecord && recordFrom >= 0) record.push(chunk.subarray(recordFrom));
  }
  if (depth !== 0 || inString) yield { n, invalid: 'the file ends inside a value' };
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === NEWLINE || byte === CARRIAGE_RETURN || byte === 0x09;
}

function hasNonSpace(chunk: Buffer, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isSpace(chunk[at] ?? 0)) return true;
  return false;
}

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import { crc32 } from './crc32.ts';

export type Section = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

const KINDS = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f64: Float64Array,
} as const;
type Kind = keyof typeof KINDS;

interface SectionEntry {
  name: string;
  kind: Kind;
  length: number;
  /** CRC-32 of the section's bytes: a damaged section is caught before it is read. */
  crc: number;
}

/** Sections start on a multiple of this, so every typed array can view the file's bytes in place. */
const ALIGNMENT = 8;

/**
 * A file of one JSON header and named typed arrays: the magic line (which names the format
 * version and this machine's byte order), the header's byte length and CRC-32 (uint32 each),
 * the header (which lists each section's kind, length and CRC-32), then each section's raw
 * bytes, aligned. Arrays are written as they are and read back as views of
 * the file's bytes: no parsing and no copy, whatever their size.
 */
export function encodeSections(
  magic: string,
  header: unknown,
  sections: Record<string, Section | Section[]>,
): Buffer[] {
  const chunked = Object.entries(sections).map(([name, value]) => {
    const chunks = Array.isArray(value) ? value : [value];
    return { name, chunks, kind: chunks[0] ? kindOf(chunks[0]) : ('u8' as const) };
  });
  for (const { name, chunks, kind } of chunked) {
    if (chunks.some((chunk) => kindOf(chunk) !== kind)) throw new Error(`section ${name} mixes array kinds`);
  }
  const entries: SectionEntry[] = chunked.map(({ name, chunks, kind }) => ({
    name,
    kind,
    length: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
    crc: chunks.reduce((crc, chunk) => crc32(bytesOf(chunk), crc), 0),
  }));
  const headerBytes = Buffer.from(JSON.stringify({ header, sections: entries }));
  const start = Buffer.from(`${magic}-${endianness()}\n`);
  const headerLength = Buffer.alloc(8);
  headerLength.writeUInt32LE(headerBytes.length);
  headerLength.writeUInt32LE(crc32(headerBytes), 4);
  const parts: Buffer[] = [start, headerLength, headerBytes];
  let at = start.length + 8 + headerBytes.length;
  for (const { chunks } of chunked) {
    const padding = (ALIGNMENT - (at % ALIGNMENT)) % ALIGNMENT;
    if (padding > 0) parts.push(Buffer.alloc(padding));
    at += padding;
    for (const chunk of chunks) {
      if (chunk.byteLength === 0) continue;
      parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      at += chunk.byteLength;
    }
  }
  return parts;
}

/** A section left on disk until read: `read` gives its bytes [start, end). */
export interface LazyBytes {
  length: number;
  read(start: number, end: number): Uint8Array;
}

/** Where a file's bytes come from: memory already read, or the file itself, read as needed. */
interface ByteSource {
  size: number;
  read(position: number, length: number): Uint8Array;
}

export interface DecodedSections {
  header: unknown;
  sections: Record<string, Section>;
  /** The sections named lazy, still in the file (or in the bytes given). */
  lazy: Record<string, LazyBytes>;
}

/** The header and sections of `encodeSections` output; throws on another format or a cut file. */
export function decodeSections(magic: string, bytes: Buffer, lazyNames: ReadonlySet<string> = new Set()) {
  return decodeFrom(
    magic,
    { size: bytes.length, read: (at, length) => bytes.subarray(at, at + length) },
    lazyNames,
  );
}

/**
 * `decodeSections` on a file, reading each section into its own array (so one can be freed
 * without the others) and leaving the lazy ones on disk: they are read from an open descriptor
 * when asked for, which reads the file as it was even after a newer one is renamed over it.
 */
export function readSectionFile(
  file: string,
  magic: string,
  lazyNames: ReadonlySet<string>,
): DecodedSections {
  const descriptor = openSync(file, 'r');
  let keepOpen = false;
  try {
    const source: ByteSource = {
      size: fstatSync(descriptor).size,
      read(position, length) {
        const bytes = Buffer.allocUnsafeSlow(length);
        let done = 0;
        while (done < length) {
          const read = readSync(descriptor, bytes, done, length - done, position + done);
          if (read === 0) throw new Error('the file is cut short');
          done += read;
        }
        return bytes;
      },
    };
    const decoded = decodeFrom(magic, source, lazyNames);
    const lazy = Object.values(decoded.lazy);
    keepOpen = lazy.length > 0;
    // The descriptor closes once nothing can read the lazy sections any more.
    for (const section of lazy) descriptors.register(section, descriptor);
    openDescriptors.set(descriptor, lazy.length);
    return decoded;
  } finally {
    if (!keepOpen) closeSync(descriptor);
  }
}

const openDescriptors = new Map<number, number>();
const descriptors = new FinalizationRegistry<number>((descriptor) => {
  const left = (openDescriptors.get(descriptor) ?? 1) - 1;
  if (left > 0) {
    openDescriptors.set(descriptor, left);
    return;
  }
  openDescriptors.delete(descriptor);
  try {
    closeSync(descriptor);
  } catch {
    // Already closed: nothing to release.
  }
});

function decodeFrom(magic: string, source: ByteSource, lazyNames: ReadonlySet<string>): DecodedSections {
  const start = Buffer.from(`${magic}-${endianness()}\n`);
  const cutShort = () => new Error('the file is cut short');
  if (source.size < start.length + 8) throw new Error('not a snapshot of this version');
  const prefix = Buffer.from(source.read(0, start.length + 8));
  if (!prefix.subarray(0, start.length).equals(start)) throw new Error('not a snapshot of this version');
  let at = start.length + 8;
  const headerLength = prefix.readUInt32LE(start.length);
  if (source.size < at + headerLength) throw cutShort();
  const headerBytes = source.read(at, headerLength);
  if (crc32(headerBytes) !== prefix.readUInt32LE(start.length + 4)) throw new Error('the header is damaged');
  const { header, sections: entries } = JSON.parse(
    Buffer.from(headerBytes.buffer, headerBytes.byteOffset, headerBytes.length).toString('utf8'),
  ) as { header: unknown; sections: SectionEntry[] };
  at += headerLength;
  const sections: Record<string, Section> = {};
  const lazy: Record<string, LazyBytes> = {};
  for (const { name, kind, length, crc } of entries) {
    const Kind = KINDS[kind];
    if (!Kind) throw new Error(`unknown section kind ${kind}`);
    at += (ALIGNMENT - (at % ALIGNMENT)) % ALIGNMENT;
    const byteLength = length * Kind.BYTES_PER_ELEMENT;
    if (source.size < at + byteLength) throw cutShort();
    const offset = at;
    at += byteLength;
    if (lazyNames.has(name)) {
      lazy[name] = { length: byteLength, read: (from, to) => source.read(offset + from, to - from) };
      continue;
    }
    const bytes = source.read(offset, byteLength);
    if (crc32(bytes) !== crc) throw new Error(`section ${name} is damaged`);
    // A view when the bytes sit on the element size in memory, else one copy.
    sections[name] =
      bytes.byteOffset % Kind.BYTES_PER_ELEMENT === 0
        ? new Kind(bytes.buffer as ArrayBuffer, bytes.byteOffset, length)
        : new Kind(new Uint8Array(bytes).buffer);
  }
  if (at !== source.size) throw new Error('the file has bytes past its last section');
  return { header, sections, lazy };
}

function bytesOf(array: Section): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function kindOf(array: Section): Kind {
  if (array instanceof Uint8Array) return 'u8';
  if (array instanceof Uint16Array) return 'u16';
  if (array instanceof Uint32Array) return 'u32';
  if (array instanceof Int32Array) return 'i32';
  return 'f64';
}

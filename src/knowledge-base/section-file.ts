import { endianness } from 'node:os';

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
}

/** Sections start on a multiple of this, so every typed array can view the file's bytes in place. */
const ALIGNMENT = 8;

/**
 * A file of one JSON header and named typed arrays: the magic line (which names the format
 * version and this machine's byte order), the header's byte length (uint32), the header, then
 * each section's raw bytes, aligned. Arrays are written as they are and read back as views of
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
  }));
  const headerBytes = Buffer.from(JSON.stringify({ header, sections: entries }));
  const start = Buffer.from(`${magic}-${endianness()}\n`);
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBytes.length);
  const parts: Buffer[] = [start, headerLength, headerBytes];
  let at = start.length + 4 + headerBytes.length;
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

/** The header and sections of `encodeSections` output; throws on another format or a cut file. */
export function decodeSections(
  magic: string,
  bytes: Buffer,
): { header: unknown; sections: Record<string, Section> } {
  const start = Buffer.from(`${magic}-${endianness()}\n`);
  if (!bytes.subarray(0, start.length).equals(start)) throw new Error('not a snapshot of this version');
  let at = start.length;
  if (bytes.length < at + 4) throw new Error('the file is cut short');
  const headerLength = bytes.readUInt32LE(at);
  at += 4;
  if (bytes.length < at + headerLength) throw new Error('the file is cut short');
  const { header, sections: entries } = JSON.parse(bytes.toString('utf8', at, at + headerLength)) as {
    header: unknown;
    sections: SectionEntry[];
  };
  at += headerLength;
  const sections: Record<string, Section> = {};
  for (const { name, kind, length } of entries) {
    const Kind = KINDS[kind];
    if (!Kind) throw new Error(`unknown section kind ${kind}`);
    at += (ALIGNMENT - (at % ALIGNMENT)) % ALIGNMENT;
    const byteLength = length * Kind.BYTES_PER_ELEMENT;
    if (bytes.length < at + byteLength) throw new Error('the file is cut short');
    const offset = bytes.byteOffset + at;
    // A view when the bytes sit on the element size in memory, else one copy.
    sections[name] =
      offset % Kind.BYTES_PER_ELEMENT === 0
        ? new Kind(bytes.buffer as ArrayBuffer, offset, length)
        : new Kind(new Uint8Array(bytes.subarray(at, at + byteLength)).buffer);
    at += byteLength;
  }
  if (at !== bytes.length) throw new Error('the file has bytes past its last section');
  return { header, sections };
}

function kindOf(array: Section): Kind {
  if (array instanceof Uint8Array) return 'u8';
  if (array instanceof Uint16Array) return 'u16';
  if (array instanceof Uint32Array) return 'u32';
  if (array instanceof Int32Array) return 'i32';
  return 'f64';
}

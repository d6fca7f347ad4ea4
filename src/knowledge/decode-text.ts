/** Decoded file text, or why the bytes are not a text article. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes a knowledge file: UTF-8 (a leading BOM is dropped), or UTF-16 when the file starts
 * with a UTF-16 byte order mark (as some Windows editors save). Refuses binary files (NUL bytes,
 * e.g. a compressed file with a text extension), invalid UTF-8 or UTF-16, and files with nothing
 * but whitespace, with a reason a user can act on.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeWith(utf16, bytes.subarray(2), 'not valid UTF-16; save the file as UTF-8 text');
  if (bytes.includes(0))
    return { ok: false, reason: 'binary file (contains NUL bytes); knowledge files are text' };
  return decodeWith('utf-8', bytes, 'not valid UTF-8; save the file as UTF-8 text');
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeWith(encoding: string, bytes: Uint8Array, invalid: string): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: invalid };
  }
  if (text.includes('\u0000'))
    return { ok: false, reason: 'binary file (contains NUL characters); knowledge files are text' };
  if (!text.trim()) return { ok: false, reason: 'file is empty' };
  return { ok: true, text };
}

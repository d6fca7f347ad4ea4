/** Decoded file text, or why the bytes are not a text article. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes a knowledge file as UTF-8 (a leading BOM is dropped). Refuses binary files (NUL bytes),
 * other encodings and files with nothing but whitespace, with a reason a user can act on.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.includes(0))
    return { ok: false, reason: 'binary file (contains NUL bytes); knowledge files are text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8; save the file as UTF-8 text' };
  }
  if (!text.trim()) return { ok: false, reason: 'file is empty' };
  return { ok: true, text };
}

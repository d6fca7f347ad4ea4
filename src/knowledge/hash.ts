import { createHash } from 'node:crypto';

/** The SHA-256 of `content` in hex: content keys for caches and dedupe. */
export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The first 12 hex digits of the SHA-1 of `text`: short ids that stay the same for the same text. */
export function shortSha1(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

import { createHash } from 'node:crypto';

/** Discord accepts a nonce of at most 25 characters. */
const NONCE_LENGTH = 25;

/**
 * The nonce of part `index` of a scheduled post: the same run key always gives the same nonce,
 * so with `enforce_nonce` a resend after a lost answer returns the message Discord already made
 * instead of posting the briefing twice. Digits only, because Discord also accepts integers and
 * some clients compare nonces as numbers.
 */
export function deliveryNonce(idempotencyKey: string, index: number): string {
  const digest = createHash('sha256').update(`${idempotencyKey}#${index}`).digest();
  return BigInt(`0x${digest.subarray(0, 10).toString('hex')}`)
    .toString()
    .padStart(NONCE_LENGTH, '0')
    .slice(-NONCE_LENGTH);
}

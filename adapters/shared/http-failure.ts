import type { DeliveryFailure } from '../../src/bot/deliver.ts';

/**
 * A refused HTTP call → what the scheduler should do: 5xx and 429 pass, so `transient`;
 * any other refusal needs a person (a permission, a scope), so `forbidden`.
 */
export function failureOfHttpStatus(status: number): DeliveryFailure {
  return status >= 500 || status === 429 ? 'transient' : 'forbidden';
}

import { expect } from 'vitest';
import { DeliveryError } from '../../../src/bot/deliver.ts';

/** Awaits a delivery or lookup that must fail, asserts it failed with a DeliveryError, returns it. */
export async function deliveryFailureOf(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

import { DeliveryError } from '../src/bot/deliver.ts';
import type { Platform } from '../src/bot/request.ts';
import type { FindDelivery, ScheduledDeliver } from '../src/scheduler/types.ts';

/**
 * Sends each scheduled digest through the adapter of its channel's platform, with its
 * idempotency key. A channel whose platform is not running here (its tokens are unset) is
 * reported, not retried in a loop.
 */
export function routeDeliveries(adapters: Partial<Record<Platform, ScheduledDeliver>>): ScheduledDeliver {
  return (channel, reply, meta) => {
    const deliver = adapters[channel.platform];
    if (!deliver) {
      return Promise.reject(
        new DeliveryError(
          'forbidden',
          `The ${channel.platform} adapter is not running; set its tokens and restart.`,
        ),
      );
    }
    return deliver(channel, reply, meta);
  };
}

/**
 * Finds a digest posted before a crash, on the channel's platform. A platform without a lookup
 * answers `forbidden`, which the scheduler records as "unconfirmed" (never posted twice).
 */
export function routeLookups(lookups: Partial<Record<Platform, FindDelivery>>): FindDelivery {
  return (channel, key) => {
    const find = lookups[channel.platform];
    if (!find) {
      return Promise.reject(
        new DeliveryError('forbidden', `Sitrep cannot look up earlier posts on ${channel.platform}.`),
      );
    }
    return find(channel, key);
  };
}

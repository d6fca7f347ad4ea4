import { type Deliver, DeliveryError } from '../src/bot/deliver.ts';
import type { Platform } from '../src/bot/request.ts';
import type { ScheduledDeliver } from '../src/scheduler/types.ts';

/**
 * Sends each scheduled digest through the adapter of its channel's platform. A channel whose
 * platform is not running here (its tokens are unset) is reported, not retried in a loop.
 */
export function routeDeliveries(adapters: Partial<Record<Platform, Deliver>>): ScheduledDeliver {
  return (channel, reply) => {
    const deliver = adapters[channel.platform];
    if (!deliver) {
      return Promise.reject(
        new DeliveryError(
          'forbidden',
          `The ${channel.platform} adapter is not running; set its tokens and restart.`,
        ),
      );
    }
    return deliver(channel, reply);
  };
}

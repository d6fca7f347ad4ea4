import type { Reply } from '../replies/reply.ts';
import type { ChannelRef } from './request.ts';

/**
 * How a delivery failed, so the scheduler knows what to do:
 * `transient` (5xx, 429, network): retry with backoff; `forbidden` (missing permission):
 * report in status and retry next day; `gone` (deleted or archived channel): disable.
 */
export type DeliveryFailure = 'transient' | 'forbidden' | 'gone';

export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    message: string,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

export interface DeliveryReceipt {
  /** Platform message ids (Slack ts, Discord snowflakes) of what was posted. */
  messageIds: string[];
}

/** Posts a reply into a channel, unprompted (scheduled digests). Throws `DeliveryError`. */
export type Deliver = (channel: ChannelRef, reply: Reply) => Promise<DeliveryReceipt>;

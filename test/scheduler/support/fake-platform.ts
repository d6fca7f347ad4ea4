import { DeliveryError, type DeliveryFailure, type DeliveryReceipt } from '../../../src/bot/deliver.ts';
import type { ChannelRef } from '../../../src/bot/request.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import type { DeliveryMeta, FindDelivery, ScheduledDeliver } from '../../../src/scheduler/types.ts';
import { channelKey } from '../../../src/subscriptions/subscription.ts';

export interface Post {
  channel: string;
  key: string;
  at: Date;
  reply: Reply;
  messageId: string;
}

/** What the next delivery to a channel does instead of posting. */
export type Fault = DeliveryFailure | 'crash-before-post' | 'crash-after-post' | 'throw' | 'lost-answer';

/** Thrown by the fake platform to stand for the process dying mid-delivery. */
export class SimulatedCrash extends Error {}

/**
 * A chat platform in memory: records every post with the time on the test clock and the
 * idempotency key it carried, fails on request, and finds posts again by key.
 */
export class FakePlatform {
  readonly posts: Post[] = [];
  readonly attempts: Array<{ channel: string; key: string; at: Date; fault?: Fault }> = [];
  private readonly faults = new Map<string, Fault[]>();
  private sequence = 0;
  private hold: Promise<void> | undefined;
  /** Called on crash faults, after the post (or not) and before throwing. */
  onCrash: () => void = () => {};
  /** Consulted when no fault is queued for the channel: random faults in simulations. */
  chooseFault: (channel: string, idempotencyKey: string) => Fault | undefined = () => undefined;

  constructor(private readonly now: () => Date) {}

  /** Queues faults for the next deliveries to `channel`, in order. */
  failNext(channel: ChannelRef, ...faults: Fault[]): void {
    const key = channelKey(channel);
    this.faults.set(key, [...(this.faults.get(key) ?? []), ...faults]);
  }

  /** Makes the next delivery wait, before posting, until the returned function is called. */
  holdNext(): () => void {
    let release: () => void = () => {};
    this.hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    return release;
  }

  postsTo(channel: ChannelRef): Post[] {
    return this.posts.filter((post) => post.channel === channelKey(channel));
  }

  readonly deliver: ScheduledDeliver = async (channel: ChannelRef, reply: Reply, meta: DeliveryMeta) => {
    const key = channelKey(channel);
    const hold = this.hold;
    this.hold = undefined;
    if (hold) await hold;
    const fault = this.faults.get(key)?.shift() ?? this.chooseFault(key, meta.idempotencyKey);
    this.attempts.push({ channel: key, key: meta.idempotencyKey, at: this.now(), fault });
    if (fault === 'transient' || fault === 'forbidden' || fault === 'gone') {
      throw new DeliveryError(fault, FAULT_MESSAGES[fault]);
    }
    if (fault === 'throw') throw new TypeError('renderer bug');
    if (fault === 'crash-before-post') this.crash();
    const receipt = this.record(key, meta.idempotencyKey, reply);
    if (fault === 'crash-after-post') this.crash();
    // The platform made the post but its answer never arrived: to Sitrep it looks transient.
    if (fault === 'lost-answer') throw new DeliveryError('transient', 'timed out waiting for the platform');
    return receipt;
  };

  readonly findDelivery: FindDelivery = async (channel: ChannelRef, idempotencyKey: string) => {
    const post = this.posts.find((p) => p.channel === channelKey(channel) && p.key === idempotencyKey);
    return post ? { messageIds: [post.messageId] } : undefined;
  };

  private record(channel: string, key: string, reply: Reply): DeliveryReceipt {
    const messageId = `m${++this.sequence}`;
    this.posts.push({ channel, key, at: this.now(), reply, messageId });
    return { messageIds: [messageId] };
  }

  private crash(): never {
    this.onCrash();
    throw new SimulatedCrash('process died');
  }
}

const FAULT_MESSAGES: Record<DeliveryFailure, string> = {
  transient: 'HTTP 503 from the platform',
  forbidden: 'missing permission to post in this channel',
  gone: 'the channel was deleted',
};

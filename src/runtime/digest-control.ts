import type { Clock } from '../clock.ts';
import type { DigestControl } from '../commands/services.ts';
import type { Config } from '../config.ts';
import { composeDigest, listTopics } from '../digest/compose-digest.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import type { DigestScheduler } from '../scheduler/scheduler.ts';
import type { ComposeDigest } from '../scheduler/types.ts';
import type { SitrepStore } from '../store/sitrep-store.ts';
import { createDigestControl as createSubscriptionControl } from '../subscriptions/digest-control.ts';

export function composerFor(knowledge: KnowledgeBase): ComposeDigest {
  return (window) => composeDigest(knowledge, window);
}

/**
 * `digest subscribe|unsubscribe|status|now|preview` over the store and, once the adapters are up,
 * the scheduler (`attach`): the scheduler needs the adapters' delivery, and the adapters need the
 * bot, so it arrives last. Before that, `now` answers in place instead of posting.
 */
export function createDigestControl(options: {
  store: SitrepStore;
  knowledge: KnowledgeBase;
  clock: Clock;
  config: Config;
}): DigestControl & { attach(scheduler: DigestScheduler): void } {
  let scheduler: DigestScheduler | undefined;
  const control = () =>
    createSubscriptionControl({
      store: options.store,
      scheduler,
      compose: composerFor(options.knowledge),
      defaultTimezone: options.config.digest.timezone,
      defaultTime: options.config.digest.time,
      knownTopics: () => listTopics(options.knowledge),
      clock: options.clock,
    });
  return {
    attach(value) {
      scheduler = value;
    },
    handle: (action, args, context) => control().handle(action, args, context),
  };
}

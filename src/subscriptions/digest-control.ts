import type { Clock } from '../clock.ts';
import type { DigestControl } from '../commands/services.ts';
import type { DigestScheduler } from '../scheduler/scheduler.ts';
import type { ComposeDigest } from '../scheduler/types.ts';
import type { SitrepStore } from '../store/sitrep-store.ts';
import { handleDigestSubcommand } from './handle-digest-subcommand.ts';

export interface DigestControlOptions {
  store: SitrepStore;
  scheduler?: DigestScheduler;
  compose: ComposeDigest;
  defaultTimezone: string;
  defaultTime?: string;
  /** Read at each command, so new topics in the knowledge base are accepted at once. */
  knownTopics: () => readonly string[];
  /** Defaults to the command context's clock. */
  clock?: Clock;
}

/** The `digests` service the `digest` command hands its schedule actions to. */
export function createDigestControl(options: DigestControlOptions): DigestControl {
  return {
    handle(action, args, context) {
      return handleDigestSubcommand(action, args, {
        store: options.store,
        scheduler: options.scheduler,
        compose: options.compose,
        channel: context.channel,
        user: context.user,
        clock: options.clock ?? context.clock,
        defaultTimezone: options.defaultTimezone,
        defaultTime: options.defaultTime,
        knownTopics: options.knownTopics(),
      });
    },
  };
}

import type { Reply } from '../replies/reply.ts';
import { nothingNew } from '../scheduler/plan-digest.ts';
import type { ManualPostResult } from '../scheduler/scheduler.ts';
import { plural } from '../text/plural.ts';
import type { DigestCommandContext } from './handle-digest-subcommand.ts';

/** What the person who typed `/digest now` sees once the scheduler has posted (or not). */
export function postNowReply(result: ManualPostResult, ctx: DigestCommandContext): Reply {
  const zone = ctx.store.getSubscription(ctx.channel)?.timezone ?? ctx.defaultTimezone;
  switch (result.status) {
    case 'empty':
      return { ...nothingNew(result.since, zone), private: true };
    case 'sent':
    case 'quiet':
      return {
        kind: 'notice',
        lines: [
          `Posted the briefing here (${plural(result.run.articleIds.length, 'article')}). The daily schedule is unchanged, ` +
            'and the next briefing will not repeat these articles.',
        ],
        private: true,
      };
    case 'failed':
      return {
        kind: 'error',
        code: result.failure.kind === 'forbidden' ? 'digest.cannotPost' : 'digest.deliveryFailed',
        message: `I could not post the briefing here: ${result.failure.message}.`,
      };
    default:
      return {
        kind: 'error',
        code: 'digest.deliveryUnconfirmed',
        message: 'I could not confirm that the briefing was posted. Check the channel before trying again.',
      };
  }
}

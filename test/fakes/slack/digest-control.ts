import type { DigestControl } from '../../../src/commands/services.ts';

/**
 * Stands in for the subscription service (which needs a store and a scheduler): schedule
 * changes need `user.canManageChannel`, like the real one.
 */
export const fakeDigestControl: DigestControl = {
  async handle(action, _args, context) {
    if ((action === 'subscribe' || action === 'unsubscribe') && !context.user.canManageChannel) {
      return {
        kind: 'error',
        code: 'digest.forbidden',
        message: 'Sorry, only people who can manage this channel can change its daily briefing.',
      };
    }
    if (action === 'status')
      return { kind: 'notice', lines: ['Next briefing: tomorrow 08:00.'], private: true };
    return {
      kind: 'notice',
      title: 'Daily briefing on',
      lines: [`This channel gets the digest (${action}).`],
    };
  },
};

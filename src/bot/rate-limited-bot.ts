import type { Clock } from '../clock.ts';
import type { RateLimitSettings } from '../config.ts';
import type { ErrorReply } from '../replies/reply.ts';
import type { Bot } from './bot.ts';
import { SlidingWindowLimit } from './rate-limit.ts';

/**
 * The bot behind per-user and per-channel limits for chat platforms. The user limit is checked
 * first and a refused request does not count against the channel, so one noisy user cannot use
 * up a channel's budget for everyone else. The console and CLI belong to the operator and are
 * never limited.
 */
export function withRateLimits(bot: Bot, settings: RateLimitSettings, clock: Clock): Bot {
  const users = new SlidingWindowLimit(settings.userPerMinute, clock);
  const channels = new SlidingWindowLimit(settings.channelPerMinute, clock);
  return {
    ...bot,
    async handle(request) {
      if (request.channel.platform === 'cli' || request.channel.platform === 'console')
        return bot.handle(request);
      const userKey = `${request.channel.platform}:${request.channel.workspaceId ?? ''}:${request.user.id}`;
      const channelKey = `${request.channel.platform}:${request.channel.id}`;
      const userWait = users.waitFor(userKey);
      if (userWait > 0) return slowDown('you are', userWait, settings.userPerMinute);
      const channelWait = channels.waitFor(channelKey);
      if (channelWait > 0) return slowDown('this channel is', channelWait, settings.channelPerMinute);
      users.record(userKey);
      channels.record(channelKey);
      return bot.handle(request);
    },
  };
}

function slowDown(who: string, waitMs: number, perMinute: number): ErrorReply {
  const seconds = Math.ceil(waitMs / 1000);
  return {
    kind: 'error',
    code: 'rate.limited',
    message: `Slow down a little: ${who} asking faster than I answer (${perMinute} requests a minute). Try again in ${seconds} s.`,
  };
}

import type { Bot } from '../bot/bot.ts';
import type { Clock } from '../clock.ts';
import type { Reply } from '../replies/reply.ts';
import type { SitrepMetrics } from './metrics.ts';

/** The bot, counting each command's outcome and timing it. */
export function instrumentBot(bot: Bot, metrics: SitrepMetrics, clock: Clock): Bot {
  return {
    ...bot,
    async handle(request) {
      const started = clock.now().getTime();
      const reply = await bot.handle(request);
      const command = knownCommand(bot, request.command);
      metrics.commands.inc({ command, outcome: outcomeOf(reply) });
      metrics.latency.observe({ command }, (clock.now().getTime() - started) / 1000);
      return reply;
    },
  };
}

function outcomeOf(reply: Reply): 'answered' | 'refused' | 'error' {
  if (reply.kind === 'error') return 'error';
  return reply.kind === 'noAnswer' ? 'refused' : 'answered';
}

/** Typed-in command names are unbounded; labels must not be (one series per typo). */
function knownCommand(bot: Bot, name: string): string {
  return bot.commands().some((command) => command.name === name) ? name : 'other';
}

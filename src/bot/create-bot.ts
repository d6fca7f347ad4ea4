import type { Clock } from '../clock.ts';
import { type Command, type CommandContext, UserError } from '../commands/command.ts';
import { slashUsageOf, typedExample, usageOf } from '../commands/help.ts';
import { createRegistry } from '../commands/registry.ts';
import type { Services } from '../commands/services.ts';
import type { Logger } from '../logger.ts';
import { listSpeakers } from '../quotes/find-quotes.ts';
import type { ErrorReply, Reply } from '../replies/reply.ts';
import { reportFailure } from '../replies/report-failure.ts';
import { echo } from '../text/echo.ts';
import type { Bot, Choice } from './bot.ts';
import { codeFor } from './command-syntax.ts';
import { parseText } from './parse-text.ts';
import type { CommandRequest, Platform } from './request.ts';

export interface BotOptions {
  services: Services;
  clock: Clock;
  logger: Logger;
}

/** The platform-neutral core: resolve, validate, run, and never let a bug escape as a throw. */
export function createBot({ services, clock, logger }: BotOptions): Bot {
  const registry = createRegistry();

  async function handle(request: CommandRequest): Promise<Reply> {
    const command = registry.resolve(request.command);
    const { platform } = request.channel;
    if (!command) return unknownCommand(request.command, registry.suggest(request.command), platform);
    const missing = command.args.filter((arg) => arg.required && !request.args[arg.name]?.trim());
    if (missing.length > 0)
      return usageError(
        command,
        missing.map((arg) => arg.name),
        platform,
      );
    const context: CommandContext = { clock, logger, channel: request.channel, user: request.user };
    return runSafely(command, request, context);
  }

  async function runSafely(
    command: Command<Services>,
    request: CommandRequest,
    context: CommandContext,
  ): Promise<Reply> {
    try {
      return await command.run(request.args, services, context);
    } catch (error) {
      if (error instanceof UserError) {
        return { kind: 'error', code: error.code, message: error.message, suggestions: error.suggestions };
      }
      return reportFailure(logger, error, 'command failed', {
        command: command.name,
        platform: request.channel.platform,
      });
    }
  }

  return {
    handle,
    parseText: (text) => parseText(text, registry),
    commands: () =>
      registry
        .list()
        .filter((command) => !command.hidden)
        .map(({ name, description, args, examples }) => ({ name, description, args, examples })),
    complete: (kind, prefix, limit = 25) =>
      kind === 'article'
        ? completeArticles(services, prefix, limit)
        : completeSpeakers(services, prefix, limit),
  };
}

function unknownCommand(name: string, suggestions: string[], platform: Platform): ErrorReply {
  const hint =
    suggestions.length > 0
      ? ` Did you mean ${suggestions.map((s) => codeFor(platform, s)).join(' or ')}?`
      : '';
  return {
    kind: 'error',
    code: 'command.unknown',
    message: `I don't know the command “${echo(name, 40)}”.${hint} Type ${codeFor(platform, 'help')} for the list.`,
    suggestions,
  };
}

function usageError(command: Command<Services>, missing: string[], platform: Platform): ErrorReply {
  const usage = { text: usageOf(command), discord: slashUsageOf(command) };
  const example = typedExample(command, command.examples[0] ?? command.name);
  return {
    kind: 'error',
    code: 'command.usage',
    message: `${codeFor(platform, command.name)} needs ${missing.join(' and ')}. Usage: ${codeFor(platform, usage)}, e.g. ${codeFor(platform, example)}.`,
  };
}

/** Titles that contain the typed words first, then the best search hits; values are article ids. */
function completeArticles({ knowledge }: Services, prefix: string, limit: number): Choice[] {
  const needle = prefix.trim().toLowerCase();
  const byTitle = knowledge
    .articles()
    .filter(({ article }) => !needle || article.title.toLowerCase().includes(needle))
    .map(({ article }) => ({ name: article.title, value: article.id }));
  const bySearch = needle
    ? knowledge.search(needle, { limit }).map((hit) => ({ name: hit.title, value: hit.articleId }))
    : [];
  const seen = new Set<string>();
  return [...byTitle, ...bySearch]
    .filter((choice) => !seen.has(choice.value) && seen.add(choice.value))
    .slice(0, limit);
}

function completeSpeakers({ knowledge }: Services, prefix: string, limit: number): Choice[] {
  const needle = prefix.trim().toLowerCase();
  return listSpeakers(knowledge.quotes())
    .filter(
      (s) =>
        !needle || s.speaker.toLowerCase().includes(needle) || (s.role ?? '').toLowerCase().includes(needle),
    )
    .slice(0, limit)
    .map((s) => ({ name: s.role ? `${s.speaker} (${s.role})` : s.speaker, value: s.speaker }));
}

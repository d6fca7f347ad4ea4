import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LIMITS as DISCORD, embedLength } from '../../adapters/discord/limits.ts';
import { render as renderDiscord } from '../../adapters/discord/render.ts';
import { LIMITS as SLACK } from '../../adapters/slack/blocks.ts';
import { render as renderSlack } from '../../adapters/slack/render.ts';
import { renderText } from '../../src/replies/render-text.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { everyKind } from './discord/sample-replies.ts';

/** What would ping someone if it reached a platform unescaped. */
const PINGS = [
  '@everyone',
  '@here',
  '<@&123456789012345678>',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<!channel>',
  '<!here>',
  '<!here|here>',
  '<!everyone>',
  '<!subteam^S0123ABC>',
  '<!subteam^S0123ABC|@ops>',
  '<@U0123ABC>',
  '<#C0123ABC>',
  '<https://evil.example|click>',
];

/** Text of any kind with mention syntax mixed in: control characters, RTL marks, emoji, unbalanced brackets. */
const hostileText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PINGS) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('<', '>', '&', '|', '\u202e', '\u200b', '\u0000', '*', '`', '🚀', '"'),
      },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** A sample reply of `kind` with every piece of text replaced by hostile text. */
function hostileReply(kind: keyof typeof everyKind, texts: string[]): Reply {
  let next = 0;
  const replace = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string')
      return key === 'kind' || key === 'code' ? value : (texts[next++ % texts.length] ?? '');
    if (Array.isArray(value)) return value.map((item) => replace(item));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, k)]));
    return value;
  };
  return replace(structuredClone(everyKind[kind])) as Reply;
}

const replyArbitrary = fc
  .tuple(
    fc.constantFrom(...(Object.keys(everyKind) as (keyof typeof everyKind)[])),
    fc.array(hostileText, { minLength: 1, maxLength: 8 }),
  )
  .map(([kind, texts]) => hostileReply(kind, texts));

/** Slack parses mentions only in mrkdwn and the fallback text; plain_text shows them literally. */
function slackParsedStrings(message: { text: string; blocks: unknown[] }): string[] {
  const parsed: string[] = [message.text];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return void value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (record.type === 'mrkdwn' && typeof record.text === 'string') parsed.push(record.text);
    for (const child of Object.values(record)) visit(child);
  };
  visit(message.blocks);
  return parsed;
}

describe('nothing Sitrep posts pings anyone, whatever the articles, questions or feeds say', () => {
  test('Slack: no <!…>, <@…> or <#…> reaches mrkdwn or the fallback text, and limits hold', () => {
    fc.assert(
      fc.property(replyArbitrary, (reply) => {
        const { messages } = renderSlack(reply);
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) {
          for (const text of slackParsedStrings(message)) {
            expect(text).not.toMatch(/<[!@#]/);
            // Links Sitrep makes are http(s) only; article text cannot open one.
            for (const link of text.matchAll(/<([^>]*)>/g)) expect(link[1]).toMatch(/^https?:\/\//);
          }
          expect(message.blocks.length).toBeLessThanOrEqual(SLACK.blocksPerMessage);
          expect(message).not.toHaveProperty('link_names');
          expect(message).not.toHaveProperty('parse');
        }
      }),
      { numRuns: 300 },
    );
  });

  test('Discord: every message allows no mentions at all and stays within the limits', () => {
    fc.assert(
      fc.property(replyArbitrary, (reply) => {
        const messages = renderDiscord(reply);
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) {
          expect(message.allowedMentions).toEqual({ parse: [], repliedUser: false });
          expect(message).not.toHaveProperty('content');
          expect(message.embeds.length).toBeLessThanOrEqual(DISCORD.embedsPerMessage);
          expect(message.embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(
            DISCORD.charactersPerMessage,
          );
          // Embeds never ping; mention markup from article text is escaped so it does not even render
          // as a mention where Discord renders markdown (descriptions and field values; author,
          // title and footer are shown literally). Help is Sitrep's own text, from the registry.
          if (reply.kind === 'help') continue;
          const rendered = message.embeds.flatMap((embed) => [
            embed.description ?? '',
            ...(embed.fields ?? []).map((field) => field.value),
          ]);
          for (const text of rendered) expect(text).not.toMatch(/(^|[^\\])<[@#][!&]?\d/);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('console text renders any reply without throwing', () => {
    fc.assert(
      fc.property(replyArbitrary, (reply) => {
        expect(typeof renderText(reply)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

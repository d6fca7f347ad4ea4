import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  briefingMarker,
  carriesMarker,
  markFirstMessage,
} from '../../../adapters/discord/briefing-marker.ts';
import { embedLength, LIMITS } from '../../../adapters/discord/limits.ts';
import { type OutgoingMessage, toMessages } from '../../../adapters/discord/outgoing-message.ts';
import { render } from '../../../adapters/discord/render.ts';
import { digestItem, digestOf, everyKind } from './sample-replies.ts';

const CHANNEL = '920000000000000001';
const marker = briefingMarker(CHANNEL, `discord:${CHANNEL}:2026-11-26`);

const messageLength = (message: OutgoingMessage) =>
  message.embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
const footers = (messages: OutgoingMessage[]) =>
  messages.flatMap((message) => message.embeds.map((embed) => embed.footer?.text));

describe('briefingMarker', () => {
  test('carries the day of a scheduled key; channel and platform are where the message is', () => {
    expect(marker).toBe('Sitrep briefing · 2026-11-26');
  });

  test('carries the time of a /digest now key', () => {
    expect(briefingMarker(CHANNEL, `discord:${CHANNEL}:now:2026-11-26T09:15:00.000Z`)).toBe(
      'Sitrep briefing · now:2026-11-26T09:15:00.000Z',
    );
  });

  test('names a weekly gaps post and carries its week', () => {
    const gaps = briefingMarker(CHANNEL, `discord:${CHANNEL}:gaps:2026-W43`);
    expect(gaps).toBe('Sitrep unanswered questions · 2026-W43');
    expect(carriesMarker(gaps, briefingMarker(CHANNEL, `discord:${CHANNEL}:gaps:2026-W44`))).toBe(false);
  });

  test('carries a key of another shape, or of another channel, whole', () => {
    expect(briefingMarker(CHANNEL, 'discord:920000000000000002:2026-11-26')).toBe(
      'Sitrep briefing · discord:920000000000000002:2026-11-26',
    );
  });

  test('a footer carries the marker alone or at its end, never a marker of another day', () => {
    expect(carriesMarker(marker, marker)).toBe(true);
    expect(carriesMarker(`May 5 – May 6 · 3 articles · ${marker}`, marker)).toBe(true);
    expect(carriesMarker('Sitrep briefing · 2026-11-25', marker)).toBe(false);
    expect(carriesMarker(`${marker} · 3 articles`, marker)).toBe(false);
    expect(carriesMarker(undefined, marker)).toBe(false);
  });
});

describe('markFirstMessage', () => {
  test("ends the footer of the first message's last embed with the marker, and touches nothing else", () => {
    const big = digestOf([
      { topic: 'NATO', items: Array.from({ length: 30 }, (_, i) => digestItem(i, 700)) },
    ]);
    const plain = render(big);
    const marked = markFirstMessage(plain, marker);
    expect(plain.length).toBeGreaterThan(1);
    expect(marked).toHaveLength(plain.length);
    expect(marked[0]?.embeds.at(-1)?.footer?.text).toBe(marker);
    expect(footers(marked).filter((text) => carriesMarker(text, marker))).toHaveLength(1);
    expect(marked.slice(1)).toEqual(plain.slice(1));
    expect(marked[0]?.embeds.slice(0, -1)).toEqual(plain[0]?.embeds.slice(0, -1));
  });

  test("appends the marker to the embed's own footer", () => {
    const [message] = markFirstMessage(render(digestOf([])), marker);
    expect(message?.embeds[0]?.footer?.text).toBe(`May 5, 2024 – May 6, 2024 · 0 articles · ${marker}`);
  });

  test('marks a notice, which has no footer of its own', () => {
    const [message] = markFirstMessage(render(everyKind.notice), marker);
    expect(message?.embeds[0]?.footer?.text).toBe(marker);
  });

  test('keeps a full footer within 2,048 characters and the marker whole', () => {
    const [message] = markFirstMessage(
      toMessages([{ title: 'A', footer: { text: 'f'.repeat(2_048) } }]),
      marker,
    );
    const text = message?.embeds[0]?.footer?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(LIMITS.footer);
    expect(text.endsWith(` · ${marker}`)).toBe(true);
  });

  test('moves the last embed of a full first message to a message of its own instead of cutting text', () => {
    const full: APIEmbed[] = [
      { title: 'A', description: 'a'.repeat(3_000) },
      { title: 'B', description: 'b'.repeat(2_998) },
    ];
    const plain = toMessages(full);
    expect(plain.map(messageLength)).toEqual([6_000]);
    const marked = markFirstMessage(plain, marker);
    expect(marked.map((m) => m.embeds.map((e) => e.title))).toEqual([['A'], ['B']]);
    expect(marked[0]?.embeds[0]?.footer?.text).toBe(marker);
    expect(marked.map((m) => m.embeds.map((e) => e.description).join(''))).toEqual([
      full[0]?.description,
      full[1]?.description,
    ]);
  });

  test('any first message stays within every limit once marked, and no embed is lost', () => {
    const embed = fc.record({
      title: fc.string({ minLength: 1, maxLength: 20 }),
      description: fc.nat({ max: 4_096 }).map((n) => 'd'.repeat(n)),
      footer: fc.option(
        fc.nat({ max: 2_048 }).map((n) => ({ text: 'f'.repeat(n) })),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(embed, { minLength: 1, maxLength: 25 }), (embeds) => {
        const plain = toMessages(embeds);
        const marked = markFirstMessage(plain, marker);
        for (const message of marked) {
          expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
          expect(messageLength(message)).toBeLessThanOrEqual(LIMITS.charactersPerMessage);
          for (const e of message.embeds)
            expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
        }
        expect(marked[0]?.embeds.some((e) => carriesMarker(e.footer?.text, marker))).toBe(true);
        expect(marked.flatMap((m) => m.embeds)).toHaveLength(plain.flatMap((m) => m.embeds).length);
      }),
      { numRuns: 100 },
    );
  });

  test('a first message filled to within a few characters of 6,000 keeps all its text once marked', () => {
    const lengths = fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(lengths, fc.nat({ max: 40 }), (descriptions, slack) => {
        const embeds: APIEmbed[] = descriptions.map((n, i) => ({
          title: `T${i}`,
          description: 'd'.repeat(n),
        }));
        const used = embeds.reduce((sum, e) => sum + embedLength(e), 0);
        const filler = LIMITS.charactersPerMessage - slack - used - 1;
        fc.pre(filler >= 0 && filler <= LIMITS.description);
        embeds.push({ title: 'F', description: 'f'.repeat(filler) });
        const marked = markFirstMessage(toMessages(embeds), marker);
        for (const message of marked) expect(messageLength(message)).toBeLessThanOrEqual(6_000);
        expect(marked[0]?.embeds.at(-1)?.footer?.text).toBe(marker);
        expect(marked.flatMap((m) => m.embeds.map((e) => e.description))).toEqual(
          embeds.map((e) => e.description),
        );
      }),
      { numRuns: 100 },
    );
  });
});

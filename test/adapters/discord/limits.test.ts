import type { APIEmbed } from 'discord.js';
import { describe, expect, test } from 'vitest';
import {
  chunkBlocks,
  embedLength,
  fitEmbed,
  joinWithin,
  LIMITS,
  packEmbeds,
  truncate,
} from '../../../adapters/discord/limits.ts';

const text = (length: number, char = 'a') => char.repeat(length);

describe('truncate', () => {
  test('keeps text at the limit and cuts text over it to exactly the limit, ending in an ellipsis', () => {
    expect(truncate(text(256), 256)).toBe(text(256));
    const cut = truncate(text(257), 256);
    expect(cut).toHaveLength(256);
    expect(cut.endsWith('…')).toBe(true);
  });

  test('never splits a surrogate pair', () => {
    const cut = truncate(`${text(8)}🚀🚀🚀`, 10);
    expect(cut).toBe(`${text(8)}…`);
    expect(cut.length).toBeLessThanOrEqual(10);
  });
});

describe('joinWithin', () => {
  test('joins every block when they fit exactly', () => {
    expect(joinWithin([text(10), text(9)], 20)).toBe(`${text(10)}\n${text(9)}`);
  });

  test('says how many blocks were left out when one more character would not fit', () => {
    expect(joinWithin([text(10), text(10), text(10)], 32)).toBe(`${text(10)}\n${text(10)}\n${text(10)}`);
    const joined = joinWithin([text(10), text(10), text(10)], 31);
    expect(joined).toBe(`${text(10)}\n…and 2 more`);
    expect(joined.length).toBeLessThanOrEqual(31);
  });

  test('truncates a single block longer than the limit instead of dropping it', () => {
    expect(joinWithin([text(30)], 20)).toHaveLength(20);
  });
});

describe('chunkBlocks', () => {
  test('keeps blocks that fill the limit exactly in one chunk', () => {
    expect(chunkBlocks([text(2000), text(2094)], 4096, '\n\n')).toHaveLength(1);
  });

  test('starts a new chunk between blocks when one more character would not fit', () => {
    const chunks = chunkBlocks([text(2000, 'x'), text(2095, 'y')], 4096, '\n\n');
    expect(chunks).toEqual([text(2000, 'x'), text(2095, 'y')]);
  });

  test('truncates one block longer than the limit on its own', () => {
    const chunks = chunkBlocks(['short', text(5000)], 4096);
    expect(chunks.map((chunk) => chunk.length)).toEqual([5, 4096]);
  });
});

describe('fitEmbed', () => {
  test('leaves an embed of exactly 6,000 characters, with parts at their limits, unchanged', () => {
    const embed: APIEmbed = {
      title: text(LIMITS.title),
      author: { name: text(LIMITS.author) },
      description: text(LIMITS.description),
      footer: { text: text(112) },
      fields: [{ name: text(LIMITS.fieldName), value: text(LIMITS.fieldValue) }],
    };
    expect(embedLength(embed)).toBe(LIMITS.charactersPerMessage);
    expect(fitEmbed(embed)).toEqual(embed);
  });

  test('shortens the description when the whole embed is one character over 6,000', () => {
    const fitted = fitEmbed({
      title: text(LIMITS.title),
      author: { name: text(LIMITS.author) },
      description: text(LIMITS.description),
      footer: { text: text(113) },
      fields: [{ name: text(LIMITS.fieldName), value: text(LIMITS.fieldValue) }],
    });
    expect(embedLength(fitted)).toBe(LIMITS.charactersPerMessage);
    expect(fitted.description).toHaveLength(LIMITS.description - 1);
  });

  test('cuts every part that is one character over its limit', () => {
    const fitted = fitEmbed({
      title: text(LIMITS.title + 1),
      author: { name: text(LIMITS.author + 1) },
      description: text(LIMITS.description + 1),
      footer: { text: text(LIMITS.footer + 1) },
      fields: [{ name: text(LIMITS.fieldName + 1), value: text(LIMITS.fieldValue + 1) }],
    });
    expect(fitted.title).toHaveLength(LIMITS.title);
    expect(fitted.author?.name).toHaveLength(LIMITS.author);
    expect(fitted.footer?.text).toHaveLength(LIMITS.footer);
    expect(fitted.fields?.[0]?.name).toHaveLength(LIMITS.fieldName);
    expect(fitted.fields?.[0]?.value).toHaveLength(LIMITS.fieldValue);
    expect(embedLength(fitted)).toBeLessThanOrEqual(LIMITS.charactersPerMessage);
    expect(fitted.description?.length).toBeLessThan(LIMITS.description);
  });

  test('keeps 25 fields and drops the 26th', () => {
    const fields = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ name: `f${i}`, value: 'v' }));
    expect(fitEmbed({ fields: fields(25) }).fields).toHaveLength(25);
    expect(fitEmbed({ fields: fields(26) }).fields).toHaveLength(25);
  });

  test('drops trailing fields when they alone are over 6,000 characters', () => {
    const fields = Array.from({ length: 7 }, () => ({ name: 'n', value: text(LIMITS.fieldValue - 1) }));
    const fitted = fitEmbed({ fields });
    expect(fitted.fields).toHaveLength(5);
    expect(embedLength(fitted)).toBeLessThanOrEqual(LIMITS.charactersPerMessage);
  });
});

describe('packEmbeds', () => {
  const embeds = (count: number, size = 10): APIEmbed[] =>
    Array.from({ length: count }, () => ({ description: text(size) }));

  test('puts 10 embeds in one message and the 11th in the next', () => {
    expect(packEmbeds(embeds(10)).map((m) => m.length)).toEqual([10]);
    expect(packEmbeds(embeds(11)).map((m) => m.length)).toEqual([10, 1]);
  });

  test('fills a message to exactly 6,000 characters, and not one more', () => {
    expect(packEmbeds(embeds(2, 3000)).map((m) => m.length)).toEqual([1 + 1]);
    const over = [...embeds(2, 3000), { description: 'x' }];
    expect(packEmbeds(over).map((m) => m.length)).toEqual([2, 1]);
  });

  test('keeps the order of the embeds', () => {
    const numbered = Array.from({ length: 23 }, (_, i) => ({ title: String(i) }));
    expect(
      packEmbeds(numbered)
        .flat()
        .map((e) => e.title),
    ).toEqual(numbered.map((e) => e.title));
  });
});

import { describe, expect, test } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { composeDigest, listTopics } from '../../src/digest/compose-digest.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import {
  briefingKnowledgeBase,
  fixtureArticles,
  seedArticle,
} from '../fixtures/briefing/briefing-knowledge.ts';

// The undated fixture (drone-notes) is first seen at this time.
const seenAt = fixedClock('2025-05-06T08:00:00Z');
const kb = briefingKnowledgeBase(seenAt);
const week = { since: new Date('2025-05-01T00:00:00Z'), until: new Date('2025-05-07T00:00:00Z') };

const idsOf = (digest: ReturnType<typeof composeDigest>) =>
  digest.groups.flatMap((group) => group.items.map((item) => item.articleId));

describe('composeDigest', () => {
  test('selects dated articles by published date and undated ones by when they were first seen, each once', () => {
    const digest = composeDigest(kb, week);
    const ids = idsOf(digest);
    expect([...ids].sort()).toEqual([
      'drone-notes',
      'harbor-dredging',
      'library-hours',
      'satellite-launch',
      'space-debris',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('000_7d9d51401f966fbd'); // published 2024-05-06, though first seen now
  });

  test('a scheduled briefing places articles by when Sitrep first saw them, leaving out the back catalogue', () => {
    const seenDay = { since: new Date('2025-05-06T00:00:00Z'), until: new Date('2025-05-07T00:00:00Z') };
    const ids = idsOf(composeDigest(kb, { ...seenDay, by: 'added' }));
    expect(ids).toContain('harbor-dredging'); // published 2025-05-03, first seen 2025-05-06
    expect(ids).not.toContain('000_7d9d51401f966fbd'); // published a year before Sitrep saw it
    const beforeSeen = { since: new Date('2025-05-01T00:00:00Z'), until: new Date('2025-05-06T00:00:00Z') };
    expect(idsOf(composeDigest(kb, { ...beforeSeen, by: 'added' }))).toEqual([]); // nothing was seen before May 6
  });

  test('the window is half-open: an article on `until` waits for the next digest', () => {
    const ids = idsOf(
      composeDigest(kb, { since: new Date('2025-05-03T00:00:00Z'), until: new Date('2025-05-05T00:00:00Z') }),
    );
    expect(ids.sort()).toEqual(['harbor-dredging', 'satellite-launch']);
  });

  test('groups by topic, largest group first, with a headline that counts them', () => {
    const digest = composeDigest(kb, week);
    expect(digest.groups[0]).toMatchObject({ topic: 'space' });
    expect(digest.groups[0]!.items.map((item) => item.articleId)).toEqual([
      'space-debris',
      'satellite-launch',
    ]);
    expect(digest.headline).toBe('5 new articles: 2 on space, 1 on city, 1 on drone, 1 on sea');
    expect(digest).toMatchObject({ since: '2025-05-01T00:00:00.000Z', until: '2025-05-07T00:00:00.000Z' });
  });

  test('each item has a short summary, its strongest quote and its link', () => {
    const items = composeDigest(kb, week).groups.flatMap((group) => group.items);
    const launch = items.find((item) => item.articleId === 'satellite-launch')!;
    expect(launch.summary.length).toBeGreaterThanOrEqual(1);
    expect(launch.summary.length).toBeLessThanOrEqual(2);
    expect(launch.summary[0]).toMatch(/^A new weather satellite reached orbit/);
    expect(launch.quote).toEqual({
      text: 'Every minute of warning matters when a storm is coming ashore, and this satellite gives us many more of them',
      speaker: 'Col. Priya Natarajan',
    });
    expect(launch.url).toBe('https://example.org/news/satellite-launch');
  });

  test('never shows a quote that its summary already holds', () => {
    for (const item of composeDigest(kb, week).groups.flatMap((group) => group.items)) {
      if (item.quote) expect(item.summary.join(' ')).not.toContain(item.quote.text);
    }
  });

  test('says nothing is new when the window is empty', () => {
    const digest = composeDigest(kb, {
      since: new Date('2025-05-06T09:00:00Z'),
      until: new Date('2025-05-07T00:00:00Z'),
    });
    expect(digest.groups).toEqual([]);
    expect(digest.headline).toBe('Nothing new since 2025-05-06 09:00 UTC');
  });

  test('keeps only the asked topics', () => {
    const digest = composeDigest(kb, { ...week, topics: ['Space'] });
    expect(digest.groups.map((group) => group.topic)).toEqual(['space']);
    expect(digest.headline).toBe('2 new articles on space');
  });

  test('is the same for the same knowledge, whatever order the articles were loaded in', () => {
    const reversed = createMemoryKnowledgeBase([...fixtureArticles(), seedArticle()].reverse(), {
      clock: seenAt,
    });
    expect(composeDigest(reversed, week)).toEqual(composeDigest(kb, week));
    expect(composeDigest(kb, week)).toEqual(composeDigest(kb, week));
  });
});

describe('listTopics', () => {
  test('lists tags, most used first, then keyword topics of untagged articles', () => {
    const topics = listTopics(kb);
    expect(topics[0]).toBe('space');
    expect(topics).toEqual(
      expect.arrayContaining(['sea', 'city', 'library', 'procurement', 'technology', 'drone']),
    );
  });
});

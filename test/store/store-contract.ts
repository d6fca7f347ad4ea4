import { describe, expect, test } from 'vitest';
import type { ChannelRef } from '../../src/bot/request.ts';
import type { RunClaim, SitrepStore } from '../../src/store/sitrep-store.ts';
import type { GapsSubscription } from '../../src/subscriptions/gaps-subscription.ts';
import type { Subscription } from '../../src/subscriptions/subscription.ts';

const ops: ChannelRef = { platform: 'slack', id: 'C0OPS', workspaceId: 'T1', name: 'ops' };
const news: ChannelRef = { platform: 'discord', id: '111', workspaceId: 'G1' };

export function subscription(channel: ChannelRef, overrides: Partial<Subscription> = {}): Subscription {
  return {
    channel,
    time: '08:00',
    timezone: 'Europe/Brussels',
    topics: [],
    weekdaysOnly: false,
    quietWhenEmpty: false,
    enabled: true,
    createdAt: '2026-10-01T06:00:00.000Z',
    updatedAt: '2026-10-01T06:00:00.000Z',
    ...overrides,
  };
}

export function gapsSubscription(
  channel: ChannelRef,
  overrides: Partial<GapsSubscription> = {},
): GapsSubscription {
  return {
    channel,
    weekday: 1,
    time: '09:00',
    timezone: 'Europe/Brussels',
    enabled: true,
    createdBy: 'U9',
    createdAt: '2026-10-01T06:00:00.000Z',
    updatedAt: '2026-10-01T06:00:00.000Z',
    ...overrides,
  };
}

function claim(key: string, overrides: Partial<RunClaim> = {}): RunClaim {
  return {
    key,
    channel: ops,
    trigger: 'schedule',
    localDay: key.slice(-10),
    scheduledFor: '2026-10-20T06:00:00.000Z',
    window: { since: '2026-10-19T06:00:00.000Z', until: '2026-10-20T06:00:00.000Z' },
    articleIds: ['a1', 'a2'],
    headline: '2 new articles',
    claimedAt: '2026-10-20T06:00:00.000Z',
    ...overrides,
  };
}

/**
 * The behaviour every `SitrepStore` must have. Run against each implementation with a factory
 * that returns a fresh, empty store.
 */
export function describeStoreContract(name: string, open: () => SitrepStore): void {
  describe(`${name} (SitrepStore contract)`, () => {
    test('keeps one subscription per channel, keyed by platform and id', () => {
      const store = open();
      store.saveSubscription(subscription(ops));
      store.saveSubscription(subscription({ platform: 'discord', id: ops.id }, { time: '09:00' }));
      store.saveSubscription(subscription(ops, { time: '07:30', topics: ['space'] }));
      expect(store.getSubscription(ops)).toEqual(subscription(ops, { time: '07:30', topics: ['space'] }));
      expect(store.listSubscriptions().map((s) => `${s.channel.platform}:${s.time}`)).toEqual([
        'discord:09:00',
        'slack:07:30',
      ]);
      expect(store.removeSubscription(ops)).toBe(true);
      expect(store.removeSubscription(ops)).toBe(false);
      expect(store.getSubscription(ops)).toBeUndefined();
    });

    test('the subscriptions revision changes with every subscription change, and only then', () => {
      const store = open();
      const revisions = [store.subscriptionsRevision()];
      store.markSeen(['a1'], '2026-10-20T06:00:00.000Z');
      store.claimRun(claim('slack:C0OPS:2026-10-20'));
      expect(store.subscriptionsRevision()).toBe(revisions[0]);
      store.saveSubscription(subscription(ops));
      revisions.push(store.subscriptionsRevision());
      store.saveSubscription(subscription(ops, { enabled: false }));
      revisions.push(store.subscriptionsRevision());
      store.removeSubscription(ops);
      revisions.push(store.subscriptionsRevision());
      expect(new Set(revisions).size).toBe(4);
    });

    test('keeps one weekly gaps post per channel, apart from its daily briefing', () => {
      const store = open();
      const before = store.subscriptionsRevision();
      store.saveSubscription(subscription(ops));
      store.saveGapsSubscription(gapsSubscription(ops));
      store.saveGapsSubscription(gapsSubscription(news, { weekday: 5, time: '16:00' }));
      const saved = store.subscriptionsRevision();
      store.saveGapsSubscription(
        gapsSubscription(ops, { weekday: 3, enabled: false, disabledReason: 'channel gone' }),
      );
      expect(store.subscriptionsRevision()).not.toBe(saved);
      expect(saved).not.toBe(before);
      expect(store.getGapsSubscription(ops)).toEqual(
        gapsSubscription(ops, { weekday: 3, enabled: false, disabledReason: 'channel gone' }),
      );
      expect(store.listGapsSubscriptions().map((s) => `${s.channel.platform}:${s.weekday}`)).toEqual([
        'discord:5',
        'slack:3',
      ]);
      const removing = store.subscriptionsRevision();
      expect(store.removeGapsSubscription(ops)).toBe(true);
      expect(store.subscriptionsRevision()).not.toBe(removing);
      expect(store.removeGapsSubscription(ops)).toBe(false);
      expect(store.getGapsSubscription(ops)).toBeUndefined();
      expect(store.getSubscription(ops)).toEqual(subscription(ops));
    });

    test('a gaps run is kept with the channel’s runs but never counts as its briefing', () => {
      const store = open();
      const key = 'slack:C0OPS:gaps:2026-W43';
      const gapsClaim = claim(key, {
        trigger: 'gaps',
        localDay: '2026-10-19',
        articleIds: [],
        headline: '2 unanswered',
      });
      expect(store.claimRun(gapsClaim)).toMatchObject({ status: 'claimed', trigger: 'gaps' });
      expect(store.claimRun(gapsClaim)).toBeUndefined();
      store.markSent(key, { messageIds: ['m1'], sentAt: '2026-10-20T06:00:01.000Z' });
      expect(store.lastSentRun(ops, 'schedule')).toBeUndefined();
      expect(store.lastSentRun(ops, 'gaps')).toMatchObject({ key, headline: '2 unanswered' });
      expect(store.latestRuns(ops, 5).map((run) => run.trigger)).toEqual(['gaps']);
    });

    test('hands out copies, so changing a returned record changes nothing stored', () => {
      const store = open();
      store.saveSubscription(subscription(ops, { topics: ['space'] }));
      store.getSubscription(ops)?.topics.push('army');
      expect(store.getSubscription(ops)?.topics).toEqual(['space']);
    });

    test('a key can be claimed once; the second claim is refused', () => {
      const store = open();
      const run = store.claimRun(claim('slack:C0OPS:2026-10-20'));
      expect(run).toMatchObject({ status: 'claimed', attempts: 1, messageIds: [], articleIds: ['a1', 'a2'] });
      expect(store.claimRun(claim('slack:C0OPS:2026-10-20', { claimedAt: '2026-10-20T06:01:00.000Z' }))).toBe(
        undefined,
      );
      expect(store.getRun('slack:C0OPS:2026-10-20')?.claimedAt).toBe('2026-10-20T06:00:00.000Z');
    });

    test('a run that failed transiently can be claimed again; other outcomes cannot', () => {
      const store = open();
      const at = '2026-10-20T06:00:05.000Z';
      for (const [day, end] of [
        ['01', 'transient'],
        ['02', 'forbidden'],
        ['03', 'gone'],
        ['04', 'sent'],
        ['05', 'unconfirmed'],
      ] as const) {
        const key = `slack:C0OPS:2026-10-${day}`;
        store.claimRun(claim(key));
        if (end === 'sent') store.markSent(key, { messageIds: ['m'], sentAt: at });
        else if (end === 'unconfirmed') store.markUnconfirmed(key, at);
        else store.markFailed(key, { kind: end, message: end, at, nextAttemptAt: at });
      }
      const again = store.claimRun(claim('slack:C0OPS:2026-10-01', { articleIds: ['a3'] }));
      expect(again).toMatchObject({ status: 'claimed', attempts: 2, articleIds: ['a3'] });
      expect(again?.failure).toBeUndefined();
      for (const day of ['02', '03', '04', '05']) {
        expect(store.claimRun(claim(`slack:C0OPS:2026-10-${day}`))).toBeUndefined();
      }
    });

    test('marking sent records the articles in the channel ledger, once', () => {
      const store = open();
      store.claimRun(claim('slack:C0OPS:2026-10-20'));
      expect(
        store.markSent('slack:C0OPS:2026-10-20', { messageIds: ['1.2'], sentAt: '2026-10-20T06:00:01.000Z' }),
      ).toBe(true);
      expect(
        store.markSent('slack:C0OPS:2026-10-20', { messageIds: ['9.9'], sentAt: '2026-10-20T06:05:00.000Z' }),
      ).toBe(false);
      expect(store.getRun('slack:C0OPS:2026-10-20')).toMatchObject({ status: 'sent', messageIds: ['1.2'] });
      expect(store.sentArticles(ops, ['a1', 'a2', 'a3'])).toEqual(new Set(['a1', 'a2']));
      expect(store.sentArticles(news, ['a1', 'a2'])).toEqual(new Set());
    });

    test('only a claimed run changes state; unknown keys change nothing', () => {
      const store = open();
      const at = '2026-10-20T06:00:05.000Z';
      expect(store.markSent('nope', { messageIds: [], sentAt: at })).toBe(false);
      expect(store.markFailed('nope', { kind: 'transient', message: 'x', at })).toBe(false);
      expect(store.markUnconfirmed('nope', at)).toBe(false);
      store.claimRun(claim('slack:C0OPS:2026-10-20'));
      expect(
        store.markFailed('slack:C0OPS:2026-10-20', { kind: 'forbidden', message: 'no access', at }),
      ).toBe(true);
      expect(store.markSent('slack:C0OPS:2026-10-20', { messageIds: ['1'], sentAt: at })).toBe(false);
      expect(store.markUnconfirmed('slack:C0OPS:2026-10-20', at)).toBe(false);
      expect(store.getRun('slack:C0OPS:2026-10-20')).toMatchObject({
        status: 'failed',
        failure: { kind: 'forbidden', message: 'no access', at },
      });
      expect(store.sentArticles(ops, ['a1'])).toEqual(new Set());
    });

    test('lists runs newest first per channel, the last sent run per trigger, and runs by status', () => {
      const store = open();
      const at = (day: string) => `2026-10-${day}T06:00:00.000Z`;
      for (const day of ['18', '19', '20']) {
        store.claimRun(
          claim(`slack:C0OPS:2026-10-${day}`, {
            claimedAt: at(day),
            window: { since: at(`${+day - 1}`), until: at(day) },
          }),
        );
      }
      store.claimRun(claim('discord:111:2026-10-21', { channel: news, claimedAt: at('21') }));
      store.claimRun(
        claim('slack:C0OPS:now:1', {
          trigger: 'manual',
          claimedAt: at('22'),
          window: { since: at('21'), until: at('22') },
        }),
      );
      store.markSent('slack:C0OPS:2026-10-18', { messageIds: ['a'], sentAt: at('18') });
      store.markSent('slack:C0OPS:2026-10-19', { messageIds: ['b'], sentAt: at('19') });
      store.markSent('slack:C0OPS:now:1', { messageIds: ['c'], sentAt: at('22') });
      expect(store.latestRuns(ops, 3).map((run) => run.key)).toEqual([
        'slack:C0OPS:now:1',
        'slack:C0OPS:2026-10-20',
        'slack:C0OPS:2026-10-19',
      ]);
      expect(store.lastSentRun(ops, 'schedule')?.key).toBe('slack:C0OPS:2026-10-19');
      expect(store.firstRun(ops, 'schedule', at('18'))?.key).toBe('slack:C0OPS:2026-10-18');
      expect(store.firstRun(ops, 'schedule', '2026-10-18T06:00:00.001Z')?.key).toBe('slack:C0OPS:2026-10-19');
      expect(store.firstRun(ops, 'schedule', at('21'))).toBeUndefined();
      expect(store.lastSentRun(ops, 'manual')?.key).toBe('slack:C0OPS:now:1');
      expect(store.lastSentRun(news, 'schedule')).toBeUndefined();
      expect(store.runsWithStatus('claimed').map((run) => run.key)).toEqual([
        'slack:C0OPS:2026-10-20',
        'discord:111:2026-10-21',
      ]);
    });

    test('remembers feed state and items, deduplicated by any of their keys', () => {
      const store = open();
      expect(store.getFeedState('https://example.org/feed')).toBeUndefined();
      const state = {
        url: 'https://example.org/feed',
        etag: '"v1"',
        itemCount: 2,
        lastOkAt: '2026-10-20T06:00:00Z',
      };
      store.saveFeedState(state);
      store.saveFeedState({ ...state, etag: '"v2"' });
      expect(store.getFeedState(state.url)).toEqual({ ...state, etag: '"v2"' });
      const article = {
        id: 'feed-1',
        title: 'Launch',
        tags: ['space'],
        body: 'Text.',
        file: 'https://example.org/1',
      };
      store.addFeedItem({
        feedUrl: state.url,
        keys: ['guid:1', 'link:https://example.org/1'],
        article,
        firstSeenAt: '2026-10-20T06:00:00Z',
      });
      store.addFeedItem({
        feedUrl: state.url,
        keys: ['guid:2'],
        article: { ...article, id: 'feed-2' },
        firstSeenAt: '2026-10-20T07:00:00Z',
      });
      expect(store.hasFeedItem(['guid:9', 'link:https://example.org/1'])).toBe(true);
      expect(store.hasFeedItem(['guid:9'])).toBe(false);
      expect(store.listFeedItems().map((item) => item.article.id)).toEqual(['feed-1', 'feed-2']);
      expect(store.listFeedItems()[0]).toEqual({
        feedUrl: state.url,
        keys: ['guid:1', 'link:https://example.org/1'],
        article,
        firstSeenAt: '2026-10-20T06:00:00Z',
      });
    });

    test('offers claimed runs for recovery, and nothing else', () => {
      const store = open();
      store.claimRun(claim('slack:C0OPS:2026-10-19', { claimedAt: '2026-10-19T06:00:00.000Z' }));
      store.claimRun(claim('slack:C0OPS:2026-10-20'));
      store.claimRun(claim('slack:C0OPS:2026-10-21', { claimedAt: '2026-10-21T06:00:00.000Z' }));
      store.markSent('slack:C0OPS:2026-10-21', { messageIds: ['1'], sentAt: '2026-10-21T06:00:01.000Z' });
      expect(store.interruptedRuns().map((run) => run.key)).toEqual([
        'slack:C0OPS:2026-10-19',
        'slack:C0OPS:2026-10-20',
      ]);
    });

    test('records an event key once, so a retried event is recognised', () => {
      const store = open();
      const at = '2026-10-20T06:00:00.000Z';
      expect(store.recordEventKey('event:Ev1', at)).toBe(true);
      expect(store.recordEventKey('event:Ev1', at)).toBe(false);
      expect(store.recordEventKey('event:Ev2', at)).toBe(true);
    });

    test('keeps the first time an article was seen', () => {
      const store = open();
      store.markSeen(['a1', 'a2'], '2026-10-20T06:00:00.000Z');
      store.markSeen(['a2', 'a3'], '2026-10-21T06:00:00.000Z');
      expect(['a1', 'a2', 'a3', 'a4'].map((id) => store.firstSeen(id))).toEqual([
        '2026-10-20T06:00:00.000Z',
        '2026-10-20T06:00:00.000Z',
        '2026-10-21T06:00:00.000Z',
        undefined,
      ]);
    });
  });
}

import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { lockKeys } from '../../src/store/postgres/lock-keys.ts';
import { migratePostgres, POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { SyncPostgres } from '../../src/store/postgres/sync-postgres.ts';
import { describePostgres, dropSchemas, freshSchemaName } from '../support/postgres.ts';
import { answerRecord, describeFeedbackStoreContract } from './feedback-store-contract.ts';
import { describeStoreContract, subscription } from './store-contract.ts';

describePostgres('PostgresStore', (url) => {
  const schemas = new Set<string>();
  const open: PostgresStore[] = [];
  const openStore = (schema = freshSchemaName()) => {
    schemas.add(schema);
    const store = new PostgresStore({ connectionString: url, schema });
    open.push(store);
    return store;
  };
  afterEach(() => {
    for (const store of open.splice(0)) store.close();
  });
  afterAll(() => dropSchemas(url, schemas));

  // One store for the contract suite, emptied before each test: opening a connection costs far
  // more than a TRUNCATE on a busy machine.
  let contractStore: PostgresStore | undefined;
  let admin: SyncPostgres | undefined;
  const contractSchema = freshSchemaName();
  schemas.add(contractSchema);
  afterAll(() => {
    contractStore?.close();
    admin?.close();
  });
  describeStoreContract('PostgresStore', () => {
    contractStore ??= new PostgresStore({ connectionString: url, schema: contractSchema });
    admin ??= new SyncPostgres({ connectionString: url, schema: contractSchema });
    admin.query(`TRUNCATE subscriptions, digest_runs, sent_articles, feed_states, feed_item_keys, feed_items,
      article_seen, event_keys, gaps_subscriptions`);
    return contractStore;
  });
  describeFeedbackStoreContract('PostgresStore', () => {
    contractStore ??= new PostgresStore({ connectionString: url, schema: contractSchema });
    admin ??= new SyncPostgres({ connectionString: url, schema: contractSchema });
    admin.query('TRUNCATE answers, votes');
    return contractStore;
  });

  describe('shared by replicas', () => {
    const ops = { platform: 'slack' as const, id: 'C0OPS' };
    const claim = (key: string) => ({
      key,
      channel: ops,
      trigger: 'schedule' as const,
      localDay: key.slice(-10),
      window: { since: '2026-10-19T06:00:00.000Z', until: '2026-10-20T06:00:00.000Z' },
      articleIds: ['a1'],
      claimedAt: '2026-10-20T06:00:00.000Z',
    });

    test('migrates once and records the version; a second replica finds nothing to do', () => {
      const schema = freshSchemaName();
      const first = openStore(schema);
      const second = openStore(schema);
      expect(second.replicaId).not.toBe(first.replicaId);
      expect(first.ping()).toBe(true);
      first.saveSubscription(subscription(ops));
      expect(second.getSubscription(ops)).toEqual(subscription(ops));
      expect(POSTGRES_MIGRATIONS.map((migration) => migration.version)).toEqual([1, 2, 3]);
    });

    test('a database from before feedback gains the answers and votes tables and keeps its data', () => {
      const schema = freshSchemaName();
      schemas.add(schema);
      const old = new SyncPostgres({ connectionString: url, schema });
      try {
        migratePostgres(
          old,
          lockKeys(schema),
          POSTGRES_MIGRATIONS.filter((migration) => migration.version === 1),
        );
        old.query("INSERT INTO article_seen VALUES ('a1', '2026-10-01T00:00:00.000Z')");
      } finally {
        old.close();
      }
      const store = openStore(schema);
      expect(store.firstSeen('a1')).toBe('2026-10-01T00:00:00.000Z');
      store.recordAnswer(answerRecord('a1'));
      expect(store.getAnswer('a1')).toEqual(answerRecord('a1'));
    });

    test('a vote changed through another replica replaces the first, never doubles it', () => {
      const schema = freshSchemaName();
      const [a, b] = [openStore(schema), openStore(schema)];
      a.recordAnswer(answerRecord('a1'));
      const vote = {
        answerId: 'a1',
        userId: 'U2',
        helpful: true,
        channel: ops,
        question: 'question a1',
        confidence: 0.8,
        votedAt: '2026-10-20T07:00:00.000Z',
      };
      expect(a.saveVote(vote)).toBe('new');
      expect(b.saveVote({ ...vote, votedAt: '2026-10-20T07:01:00.000Z' })).toBe('same');
      expect(b.saveVote({ ...vote, helpful: false, votedAt: '2026-10-20T07:02:00.000Z' })).toBe('changed');
      expect(a.votesSince('2026-10-01T00:00:00.000Z')).toEqual([
        { ...vote, helpful: false, votedAt: '2026-10-20T07:02:00.000Z' },
      ]);
      expect(a.purgeChannel(ops)).toBe(2);
      expect(b.getAnswer('a1')).toBeUndefined();
    });

    test('a server that cannot be reached is named, without the password', () => {
      const attempt = () =>
        new PostgresStore({ connectionString: 'postgres://sitrep:s3cret@127.0.0.1:1/nowhere' });
      const error = (() => {
        try {
          attempt();
        } catch (caught) {
          return String(caught);
        }
        return 'connected';
      })();
      expect(error).toMatch(
        /Could not connect to PostgreSQL at 127\.0\.0\.1:1\/nowhere \(.*ECONNREFUSED.*\)/,
      );
      expect(error).not.toContain('s3cret');
    });

    test('a key claimed by one replica is refused to another', () => {
      const schema = freshSchemaName();
      const [a, b] = [openStore(schema), openStore(schema)];
      expect(a.claimRun(claim('slack:C0OPS:2026-10-20'))).toMatchObject({ status: 'claimed' });
      expect(b.claimRun(claim('slack:C0OPS:2026-10-20'))).toBeUndefined();
    });

    test("a live replica's claim is left alone; a dead replica's is taken over by exactly one", () => {
      const schema = freshSchemaName();
      const [a, b, c] = [openStore(schema), openStore(schema), openStore(schema)];
      a.claimRun(claim('slack:C0OPS:2026-10-20'));
      expect(b.interruptedRuns()).toEqual([]);
      expect(a.interruptedRuns().map((run) => run.key)).toEqual(['slack:C0OPS:2026-10-20']);
      a.close();
      expect(b.interruptedRuns().map((run) => run.key)).toEqual(['slack:C0OPS:2026-10-20']);
      expect(c.interruptedRuns()).toEqual([]);
      expect(b.interruptedRuns().map((run) => run.key)).toEqual(['slack:C0OPS:2026-10-20']);
    });

    test('a subscription change on one replica changes the revision every replica sees', () => {
      const schema = freshSchemaName();
      const [a, b] = [openStore(schema), openStore(schema)];
      const before = b.subscriptionsRevision();
      a.saveSubscription(subscription(ops));
      expect(b.subscriptionsRevision()).not.toBe(before);
    });

    test('one replica at a time holds the feed-poller lock; it passes on when the holder goes', () => {
      const schema = freshSchemaName();
      const [a, b] = [openStore(schema), openStore(schema)];
      expect(a.tryFeedPollerLock()).toBe(true);
      expect(b.tryFeedPollerLock()).toBe(false);
      expect(a.tryFeedPollerLock()).toBe(true);
      a.close();
      expect(b.tryFeedPollerLock()).toBe(true);
    });

    test('a feed item stored by one replica is announced to the others', async () => {
      const schema = freshSchemaName();
      const [a, b] = [openStore(schema), openStore(schema)];
      const other = openStore();
      const heard = vi.fn();
      const heardElsewhere = vi.fn();
      b.onArticlesAdded(heard);
      other.onArticlesAdded(heardElsewhere);
      const before = b.feedItemsVersion();
      a.addFeedItem({
        feedUrl: 'https://example.org/feed',
        keys: ['guid:1'],
        article: { id: 'feed-1', title: 'T', tags: [], body: 'B.', file: 'https://example.org/1' },
        firstSeenAt: '2026-10-20T06:00:00.000Z',
      });
      await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1), { timeout: 5_000 });
      expect(b.feedItemsVersion()).not.toBe(before);
      expect(heardElsewhere).not.toHaveBeenCalled();
    });
  });
});

/**
 * Run as a child process by sqlite-store.test.ts: claims a run, then dies by SIGKILL inside the
 * `markSent` transaction, after the run row and one ledger row were written but before commit.
 */
import { SqliteStore } from '../../src/store/sqlite-store.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: crash-mid-write.script.ts DB_PATH');
const store = new SqliteStore(path);
const channel = { platform: 'slack' as const, id: 'C0CRASH' };
store.claimRun({
  key: 'slack:C0CRASH:2026-10-20',
  channel,
  trigger: 'schedule',
  localDay: '2026-10-20',
  window: { since: '2026-10-19T06:00:00.000Z', until: '2026-10-20T06:00:00.000Z' },
  articleIds: ['a1', 'a2', 'a3'],
  claimedAt: '2026-10-20T06:00:00.000Z',
});
store.db.function('die', () => {
  process.kill(process.pid, 'SIGKILL');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5_000);
  return 0;
});
store.db.exec(`CREATE TEMP TRIGGER die_mid_write AFTER INSERT ON main.sent_articles
  WHEN NEW.article_id = 'a2' BEGIN SELECT die(); END`);
process.stdout.write('claimed\n');
store.markSent('slack:C0CRASH:2026-10-20', { messageIds: ['1.1'], sentAt: '2026-10-20T06:00:01.000Z' });
process.stdout.write('not reached\n');

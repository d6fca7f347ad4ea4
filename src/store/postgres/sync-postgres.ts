import { Worker } from 'node:worker_threads';
import { BlockingChannel } from './blocking-channel.ts';

/** A PostgreSQL error passed back from the driver, with its SQLSTATE code when it has one. */
export class PostgresError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'PostgresError';
  }
}

export interface SyncPostgresOptions {
  connectionString: string;
  /** Tables live in this schema (created when missing); default: the server's search_path. */
  schema?: string;
  /** Shown in pg_stat_activity, so an operator can tell replicas apart. */
  applicationName?: string;
  /** How long one call may take before it is given up (default 30 s). */
  timeoutMs?: number;
  /** Hears LISTEN notifications and a lost connection; called on the main thread. */
  onEvent?(event: PostgresEvent): void;
}

export type PostgresEvent =
  | { type: 'notification'; channel: string; payload: string }
  | { type: 'connection-lost'; message: string };

/**
 * A synchronous PostgreSQL connection. Sitrep's store interfaces are synchronous (the SQLite
 * driver is), so the `pg` driver runs in a worker thread and each call waits for its answer with
 * `Atomics.wait` (BlockingChannel). Calls run one at a time on one connection, in order, so
 * `BEGIN` … `COMMIT` over several calls is one transaction. A call blocks the event loop for its round trip
 * (well under a millisecond on a local network), the price of keeping one store interface.
 */
export class SyncPostgres {
  private readonly worker: Worker;
  private readonly channel = new BlockingChannel();
  private readonly timeoutMs: number;
  private closed = false;

  constructor(options: SyncPostgresOptions) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.worker = new Worker(new URL('./pg-worker.mjs', import.meta.url), {
      workerData: {
        connectionString: options.connectionString,
        schema: options.schema,
        applicationName: options.applicationName ?? 'sitrep',
        ...this.channel.workerEnd,
      },
      transferList: [this.channel.workerEnd.port],
      // Plain JavaScript: no TypeScript loader (tsx takes most of a second to start in a worker).
      execArgv: [],
    });
    this.worker.on('message', (event: PostgresEvent) => options.onEvent?.(event));
    this.worker.on('error', (error) =>
      options.onEvent?.({ type: 'connection-lost', message: error.message }),
    );
    // An open store must not keep a finished process (or test run) alive.
    this.worker.unref();
    try {
      this.call({ op: 'connect' });
    } catch (error) {
      this.close();
      throw error;
    }
  }

  /** Runs one statement and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params: unknown[] = []): Row[] {
    return this.call({ op: 'query', sql, params }) as Row[];
  }

  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: () => T): T {
    this.query('BEGIN');
    try {
      const result = work();
      this.query('COMMIT');
      return result;
    } catch (error) {
      if (!this.closed) this.query('ROLLBACK');
      throw error;
    }
  }

  /** Subscribes a second connection to `channel`; notifications reach `onEvent`. */
  listen(channel: string): void {
    this.call({ op: 'listen', channel });
  }

  close(): void {
    if (this.closed) return;
    // Closed first: a close after a timeout must not time out into another close.
    this.closed = true;
    // The answer does not matter: a broken connection has nothing left to do but stop the worker.
    this.channel.call({ op: 'end' }, 5_000);
    this.channel.close();
    void this.worker.terminate();
  }

  private call(request: Record<string, unknown>): unknown {
    if (this.closed) throw new PostgresError('The PostgreSQL connection is closed.');
    const result = this.channel.call(request, this.timeoutMs);
    if (result.status === 'timed-out') {
      // The statement may still run, inside a transaction in an unknown state: this connection
      // cannot be trusted again.
      this.close();
      throw new PostgresError(`PostgreSQL did not answer within ${Math.round(this.timeoutMs / 1000)} s.`);
    }
    if (result.status === 'lost')
      throw new PostgresError('The PostgreSQL worker signalled an answer it did not send.');
    const { answer } = result;
    if (!answer.ok) throw new PostgresError(answer.message, answer.code);
    return answer.value;
  }
}

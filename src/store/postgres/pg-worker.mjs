// The PostgreSQL side of `SyncPostgres`: runs the `pg` driver in a worker thread so the main
// thread can wait for each answer synchronously (Sitrep's store interfaces are synchronous, as
// the SQLite driver is). Plain JavaScript: a worker thread loads it without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { answerCalls } from './answer-calls.mjs';

const { connectionString, schema, applicationName } = workerData;

/** The connection every synchronous call uses, in order: transactions span several calls. */
let client;
/** A second connection for LISTEN, opened on demand; notifications go to the main thread. */
let listener;

function connectionOptions() {
  return { connectionString, application_name: applicationName };
}

async function open(target) {
  target.on('error', (error) => parentPort.postMessage({ type: 'connection-lost', message: error.message }));
  await target.connect();
  if (schema) await target.query(`SET search_path TO ${quoteIdent(schema)}`);
  return target;
}

function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

async function handle(request) {
  switch (request.op) {
    case 'connect': {
      client = await open(new pg.Client(connectionOptions()));
      if (schema) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
        await client.query(`SET search_path TO ${quoteIdent(schema)}`);
      }
      return null;
    }
    case 'query': {
      const result = await client.query({ text: request.sql, values: request.params ?? [] });
      return result.rows;
    }
    case 'listen': {
      if (!listener) {
        listener = await open(new pg.Client(connectionOptions()));
        listener.on('notification', (message) =>
          parentPort.postMessage({
            type: 'notification',
            channel: message.channel,
            payload: message.payload,
          }),
        );
      }
      await listener.query(`LISTEN ${quoteIdent(request.channel)}`);
      return null;
    }
    case 'end': {
      await Promise.allSettled([client?.end(), listener?.end()]);
      client = undefined;
      listener = undefined;
      return null;
    }
    default:
      throw new Error(`unknown operation ${request.op}`);
  }
}

// The main thread blocks on each call, so calls come one at a time (but for `end` after a call
// that timed out; the client runs its queries in order either way).
answerCalls(workerData, handle);

// The load generator of slack-load.ts, in a worker thread: signed slash commands at a fixed rate
// (open loop: sent when due, whatever the server's pace), each with its own response_url id.
import { createHmac } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

// Plain JavaScript: a worker thread does not inherit the tsx loader.
const { appUrl, apiBase, rate, total, signingSecret, questions } = workerData;

const sentAt = {};
const ackMs = [];
let errors = 0;
let slowAcks = 0;

async function send(n) {
  const id = String(n);
  const body = new URLSearchParams({
    team_id: 'T0BENCH',
    channel_id: `C${n % 50}`,
    user_id: `U${n % 500}`,
    user_name: 'bench',
    command: '/sitrep',
    text: questions[n % questions.length] ?? 'help',
    response_url: `${apiBase}/respond/${id}`,
    trigger_id: `${n}.bench`,
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const started = performance.now();
  sentAt[id] = started;
  try {
    const response = await fetch(`${appUrl}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    ackMs.push(elapsed);
    if (elapsed > 3_000) slowAcks++;
    if (response.status !== 200) errors++;
  } catch {
    errors++;
  }
}

const start = performance.now();
const inFlight = [];
let next = 0;
await new Promise((resolve) => {
  const timer = setInterval(() => {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
    while (next < due) inFlight.push(send(next++));
    if (next >= total) {
      clearInterval(timer);
      resolve();
    }
  }, 5);
});
await Promise.all(inFlight);
parentPort?.postMessage({ sentAt, ackMs, errors, slowAcks, timeOrigin: performance.timeOrigin });

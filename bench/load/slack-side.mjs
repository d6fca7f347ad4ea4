// The Slack side of slack-load.ts, in a process of its own so that it competes with Sitrep for
// the machine's cores but not for its event loop, heap or CPU accounting: a stand-in for Slack's
// Web API (auth.test, chat.postMessage and the response URLs, where answers arrive) and an open-loop
// load generator of signed slash commands (each sent when due, whatever the server's pace).
// Plain JavaScript: a forked process is started without the tsx loader. Talks to its parent over IPC:
//   → { type: 'listening', apiBase }            ← { type: 'go', appUrl, rate, total, signingSecret, questions, drainMs }
//   → { type: 'done', ...results }
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';

const sentAt = new Map();
const answered = new Map();
const ackMs = [];
let sendErrors = 0;
let slowAcks = 0;
let busyReplies = 0;
let errorReplies = 0;
let allAnswered = () => {};

const api = createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const id = /^\/respond\/(\d+)$/.exec(req.url ?? '')?.[1];
  if (id !== undefined && !answered.has(id)) {
    answered.set(id, performance.now() - (sentAt.get(id) ?? performance.now()));
    if (body.includes('very busy')) busyReplies++;
    // A bug or an outage shows the user a reference id: that reply is an error, not an answer.
    if (body.includes('went wrong on my side')) errorReplies++;
    if (answered.size === sentAt.size) allAnswered();
  }
  const answer = req.url?.endsWith('auth.test')
    ? {
        ok: true,
        user_id: 'U0SITREP',
        bot_id: 'B0SITREP',
        team_id: 'T0BENCH',
        url: 'https://bench.slack.com/',
      }
    : { ok: true, ts: '1.0' };
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
});
await new Promise((resolve) => api.listen(0, '127.0.0.1', resolve));
const apiBase = `http://127.0.0.1:${api.address().port}`;

async function send(n, { appUrl, signingSecret, questions }) {
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
  sentAt.set(id, started);
  try {
    const response = await fetch(appUrl, {
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
    if (response.status !== 200) sendErrors++;
  } catch {
    sendErrors++;
  }
}

async function run(plan) {
  const cpuAtStart = process.cpuUsage();
  const start = performance.now();
  const inFlight = [];
  let next = 0;
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(plan.total, Math.floor(((performance.now() - start) / 1000) * plan.rate));
      while (next < due) inFlight.push(send(next++, plan));
      if (next >= plan.total) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  await Promise.all(inFlight);
  const sendSeconds = (performance.now() - start) / 1000;
  // Answers still on their way get `drainMs`; whatever has not come by then counts as unanswered.
  if (answered.size < plan.total) {
    await new Promise((resolve) => {
      allAnswered = resolve;
      setTimeout(resolve, plan.drainMs);
    });
  }
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    sendSeconds,
    ackMs,
    answerMs: [...answered.values()],
    sendErrors,
    slowAcks,
    busyReplies,
    errorReplies,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

process.on('message', async (message) => {
  if (message?.type !== 'go') return;
  const results = await run(message);
  process.send({ type: 'done', ...results }, () => {
    api.closeAllConnections();
    api.close();
    process.disconnect();
  });
});
process.send({ type: 'listening', apiBase });

import { describe, expect, test } from 'vitest';
import type { Bot } from '../../src/bot/bot.ts';
import type { CommandRequest } from '../../src/bot/request.ts';
import { fixedClock } from '../../src/clock.ts';
import { healthRoutes } from '../../src/metrics/health.ts';
import { serveRoutes } from '../../src/metrics/http-server.ts';
import { instrumentBot } from '../../src/metrics/instrument-bot.ts';
import { createMetrics } from '../../src/metrics/metrics.ts';
import type { Reply } from '../../src/replies/reply.ts';

const request = (command: string): CommandRequest => ({
  command,
  args: {},
  channel: { platform: 'console', id: 'local' },
  user: { id: 'u1', canManageChannel: true },
});

function botReplying(reply: Reply): Bot {
  return {
    handle: async () => reply,
    parseText: () => ({ command: 'ask', args: {} }),
    commands: () => [{ name: 'ask', description: '', args: [], examples: [] }],
    complete: () => [],
  };
}

describe('/healthz and /metrics', () => {
  test('/healthz is 503 while the index loads or the store is unreachable, 200 when both are fine', async () => {
    const state = { index: false, store: true };
    const [health] = healthRoutes(
      { indexLoaded: () => state.index, storeReachable: () => state.store },
      createMetrics(),
    );
    expect(await health!.answer()).toEqual({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ status: 'unavailable', index: 'loading', store: 'reachable' }),
    });
    state.index = true;
    state.store = false;
    expect(JSON.parse((await health!.answer()).body)).toEqual({
      status: 'unavailable',
      index: 'loaded',
      store: 'unreachable',
    });
    state.store = true;
    expect((await health!.answer()).status).toBe(200);
  });

  test('counts answers and refusals by command, times them, and reports the index size', async () => {
    const metrics = createMetrics({ indexSize: () => 42 });
    const noAnswer = { kind: 'noAnswer', code: 'qa.noMatch', question: 'q', closest: [] } as unknown as Reply;
    const refusing = instrumentBot(botReplying(noAnswer), metrics, fixedClock('2026-10-20T06:00:00Z'));
    await refusing.handle(request('ask'));
    await refusing.handle(request('asdf'));
    const text = await metrics.registry.metrics();
    expect(text).toContain('sitrep_commands_total{command="ask",outcome="refused"} 1');
    expect(text).toContain('sitrep_commands_total{command="other",outcome="refused"} 1');
    expect(text).toContain('sitrep_command_duration_seconds_count{command="ask"} 1');
    expect(text).toMatch(/^sitrep_index_articles 42$/m);
  });

  test('served on their own port: the routes answer, anything else is 404', async () => {
    const server = await serveRoutes(
      healthRoutes({ indexLoaded: () => true, storeReachable: () => true }, createMetrics()),
      0,
      '127.0.0.1',
    );
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const metrics = await fetch(`${base}/metrics`);
      expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(await metrics.text()).toContain('# TYPE sitrep_briefings_posted_total counter');
      expect((await fetch(`${base}/nope`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

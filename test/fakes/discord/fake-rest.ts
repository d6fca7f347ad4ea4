import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import {
  closeHttpServer,
  localHttpUrl,
  readBody,
  startLocalHttpServer,
} from '../shared/local-http-server.ts';
import { channelRoute } from './channel-route.ts';
import { MessageLog } from './message-log.ts';
import { postedMessage } from './payloads.ts';
import { IDS, snowflake } from './snowflakes.ts';

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, decoded: `/webhooks/{app}/{token}/messages/@original`. */
  path: string;
  query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are arbitrary JSON that tests inspect.
  body: any;
  authorization: string | undefined;
  /** The status the fake answered with. */
  status: number;
}

export interface CannedResponse {
  /** Handle the request as usual (the message is made) but never answer: a lost response. */
  acceptSilently?: boolean;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Override {
  method: string;
  path: RegExp;
  response: CannedResponse;
}

interface Waiter {
  method: string;
  path: RegExp;
  count: number;
  resolve(requests: RecordedRequest[]): void;
}

/** A 429 as Discord sends it; `retryAfter` in seconds (keep it tiny in tests). */
export function rateLimited(retryAfter = 0.05): CannedResponse {
  return {
    status: 429,
    headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
  };
}

/** A Discord JSON error such as 10003 Unknown Channel or 50013 Missing Permissions. */
export function discordError(status: number, code: number, message: string): CannedResponse {
  return { status, body: { message, code } };
}

/**
 * The Discord REST API routes Sitrep uses, on 127.0.0.1, recording every request. Tests
 * queue one-off responses (`respondOnce`) and await routes (`waitFor`) instead of sleeping.
 */
export class FakeDiscordRest {
  readonly requests: RecordedRequest[] = [];
  /** Messages posted to channels (plus any a test adds), for `GET /channels/{id}/messages`. */
  readonly messages = new MessageLog();
  /** Where the fake gateway listens; `GET /gateway/bot` hands it out. */
  gatewayUrl = 'ws://127.0.0.1:1';
  private readonly overrides: Override[] = [];
  private waiters: Waiter[] = [];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeDiscordRest> {
    const server = await startLocalHttpServer();
    const fake = new FakeDiscordRest(server);
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  /** The value for discord.js's `rest.api` option. */
  get apiUrl(): string {
    return `${localHttpUrl(this.server)}/api`;
  }

  /** The next request matching `method` and `path` gets `response` instead of the default. */
  respondOnce(method: string, path: RegExp, response: CannedResponse): void {
    this.overrides.push({ method, path, response });
  }

  /** Resolves with the first `count` matching requests once they have all been answered. */
  waitFor(method: string, path: RegExp, count = 1): Promise<RecordedRequest[]> {
    return new Promise((resolve) => {
      this.waiters.push({ method, path, count, resolve });
      this.settleWaiters();
    });
  }

  matching(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && path.test(request.path));
  }

  close(): Promise<void> {
    return closeHttpServer(this.server);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ''));
    const method = req.method ?? 'GET';
    const body = await readJson(req);
    const override = this.takeOverride(method, path);
    if (override?.acceptSilently) {
      const handled = this.route(method, path, url.searchParams, body);
      this.requests.push({
        method,
        path,
        query: url.searchParams,
        body,
        authorization: req.headers.authorization,
        status: handled.status,
      });
      this.settleWaiters();
      return; // the connection stays open until the client gives up
    }
    const response = override ?? this.route(method, path, url.searchParams, body);
    this.requests.push({
      method,
      path,
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
      status: response.status,
    });
    const payload = response.body === undefined ? '' : JSON.stringify(response.body);
    res.writeHead(response.status, {
      ...(payload ? { 'content-type': 'application/json' } : {}),
      ...response.headers,
    });
    res.end(payload, () => this.settleWaiters());
  }

  private takeOverride(method: string, path: string): CannedResponse | undefined {
    const index = this.overrides.findIndex((o) => o.method === method && o.path.test(path));
    if (index < 0) return undefined;
    return this.overrides.splice(index, 1)[0]?.response;
  }

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: Record<string, unknown>,
  ): CannedResponse {
    const [, first, second, third, fourth] = path.split('/');
    if (method === 'GET' && path === '/gateway/bot') return { status: 200, body: this.gatewayInfo() };
    if (first === 'interactions' && fourth === 'callback') return { status: 204 };
    if (first === 'webhooks') return webhookRoute(method, path, body, third ?? '');
    if (first === 'channels') {
      return channelRoute({ method, channelId: second ?? '', rest: third, query, body }, this.messages);
    }
    if (method === 'PUT' && first === 'applications' && path.endsWith('/commands')) {
      const commands = Array.isArray(body) ? body : [];
      return {
        status: 200,
        body: commands.map((c) => ({ ...c, id: snowflake(), application_id: IDS.application, version: '1' })),
      };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private gatewayInfo() {
    return {
      url: this.gatewayUrl,
      shards: 1,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    };
  }

  private settleWaiters(): void {
    this.waiters = this.waiters.filter((waiter) => {
      const found = this.matching(waiter.method, waiter.path);
      if (found.length < waiter.count) return true;
      waiter.resolve(found.slice(0, waiter.count));
      return false;
    });
  }
}

function webhookRoute(
  method: string,
  path: string,
  body: Record<string, unknown>,
  token: string,
): CannedResponse {
  const webhook = { webhook_id: IDS.application, application_id: IDS.application, interaction_token: token };
  if (method === 'DELETE') return { status: 204 };
  if (method === 'PATCH' || method === 'POST') {
    const isEphemeral = typeof body.flags === 'number' && (body.flags & 64) === 64;
    return {
      status: 200,
      body: postedMessage(IDS.channel, body, { ...webhook, flags: isEphemeral ? 64 : 0 }),
    };
  }
  return { status: 404, body: { message: `No ${method} ${path}`, code: 0 } };
}

// biome-ignore lint/suspicious/noExplicitAny: request bodies are arbitrary JSON that tests inspect.
async function readJson(req: IncomingMessage): Promise<any> {
  const text = await readBody(req);
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return { raw: text };
  }
}

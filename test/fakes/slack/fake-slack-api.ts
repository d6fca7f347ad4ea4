import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import {
  closeHttpServer,
  localHttpUrl,
  readBody,
  startLocalHttpServer,
} from '../shared/local-http-server.ts';
import { Recorded } from '../shared/recorded.ts';
import { ChannelHistory, type HistoryMessage } from './channel-history.ts';

/** A Web API call or a `response_url` post the fake received. */
export interface ApiCall {
  /** Web API method (`chat.postMessage`) or `response_url` for posts to a response URL. */
  method: string;
  params: Record<string, unknown>;
  /** The bearer token the call carried. */
  token?: string;
  /** For `response_url` posts: which response URL (its id). */
  responseId?: string;
}

/** What a method answers: a body (JSON) and optionally a status and headers. */
export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

type Handler = (call: ApiCall) => FakeAnswer;

export const BOT_USER_ID = 'U0SITREP';
export const BOT_ID = 'B0SITREP';
export const TEAM_ID = 'T0TEAM';

/**
 * Slack's Web API and response URLs on 127.0.0.1: answers `auth.test`, `chat.postMessage`,
 * `chat.postEphemeral`, `conversations.history`, `users.info` and `apps.connections.open` like
 * Slack does, records every call, and lets tests await the call they expect instead of sleeping.
 * Messages posted with chat.postMessage stay in their channel's history, with their metadata.
 */
export class FakeSlackApi {
  private readonly recorded = new Recorded<ApiCall>();
  readonly calls: ApiCall[] = this.recorded.items;
  /** Users returned by users.info, by id; unknown ids are ordinary members. */
  readonly users = new Map<string, { is_admin?: boolean; is_owner?: boolean }>();
  /** Each channel's messages: what chat.postMessage posted, plus any a test adds. */
  readonly history = new ChannelHistory();
  /** Where apps.connections.open points Socket Mode clients. */
  socketUrl = '';
  private readonly handlers = new Map<string, Handler>();
  private readonly unanswered: Array<{ method: string; matches: (call: ApiCall) => boolean }> = [];
  private nextTs = 1_715_000_000;

  private constructor(private readonly server: Server) {
    server.on('request', (req, res) => void this.receive(req, res));
  }

  static async start(): Promise<FakeSlackApi> {
    return new FakeSlackApi(await startLocalHttpServer());
  }

  get url(): string {
    return localHttpUrl(this.server);
  }

  /** The base URL to give the Web API client (Slack's is https://slack.com/api/). */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/respond/${id}`;
  }

  /** Replaces the answer of one method, e.g. to make chat.postMessage fail. */
  answer(method: string, handler: Handler): void {
    this.handlers.set(method, handler);
  }

  /** The next call of `method` gets this answer; later ones the usual one. */
  answerOnce(method: string, answer: FakeAnswer): void {
    const previous = this.handlers.get(method);
    this.handlers.set(method, () => {
      if (previous) this.handlers.set(method, previous);
      else this.handlers.delete(method);
      return answer;
    });
  }

  /**
   * Calls of `method` that satisfy `matches` are handled as usual (a chat.postMessage lands in
   * its channel's history) and recorded, but never answered: Slack acted and the answer was lost.
   */
  neverAnswer(method: string, matches: (call: ApiCall) => boolean = () => true): void {
    this.unanswered.push({ method, matches });
  }

  /** The first call, past or future, of `method` that satisfies `matches`. */
  waitFor(method: string, matches: (call: ApiCall) => boolean = () => true): Promise<ApiCall> {
    return this.recorded.waitFor((call) => call.method === method && matches(call));
  }

  /** Adds a message to a channel's history as if someone (a person, another app) posted it. */
  addMessage(channel: string, message: Omit<HistoryMessage, 'type' | 'ts'>): HistoryMessage {
    return this.history.append(channel, { type: 'message', ts: `${this.nextTs++}.000300`, ...message });
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  close(): Promise<void> {
    return closeHttpServer(this.server);
  }

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', this.url).pathname;
    const responseId = /^\/respond\/(.+)$/.exec(path)?.[1];
    const call: ApiCall = {
      method: responseId ? 'response_url' : path.replace(/^\/api\//, ''),
      params: parseParams(raw, req.headers['content-type']),
      token: /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1],
      ...(responseId ? { responseId } : {}),
    };
    const answer = (this.handlers.get(call.method) ?? ((c: ApiCall) => this.defaultAnswer(c)))(call);
    if (this.unanswered.some(({ method, matches }) => method === call.method && matches(call))) {
      // The connection stays open until the client gives up or the fake closes.
      this.recorded.push(call);
      return;
    }
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
    this.recorded.push(call);
  }

  private defaultAnswer(call: ApiCall): FakeAnswer {
    const { params } = call;
    switch (call.method) {
      case 'auth.test':
        return ok({
          url: 'https://sitrep-test.slack.com/',
          team: 'Test',
          user: 'sitrep',
          team_id: TEAM_ID,
          user_id: BOT_USER_ID,
          bot_id: BOT_ID,
        });
      case 'chat.postMessage':
        return this.postMessage(params);
      case 'conversations.history':
        return ok(this.history.read(params));
      case 'chat.postEphemeral':
        return ok({ message_ts: `${this.nextTs++}.000200` });
      case 'users.info': {
        const id = String(params['user']);
        return ok({ user: { id, is_admin: false, is_owner: false, ...this.users.get(id) } });
      }
      case 'apps.connections.open':
        return ok({ url: this.socketUrl });
      case 'response_url':
        return { body: { ok: true } };
      default:
        return { body: { ok: false, error: 'unknown_method' } };
    }
  }

  private postMessage(params: Record<string, unknown>): FakeAnswer {
    const channel = String(params['channel']);
    const metadata = params['metadata'] as HistoryMessage['metadata'];
    const threadTs = params['thread_ts'] as string | undefined;
    const message = this.history.append(channel, {
      type: 'message',
      ts: `${this.nextTs++}.000100`,
      text: String(params['text']),
      user: BOT_USER_ID,
      bot_id: BOT_ID,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...(metadata ? { metadata } : {}),
    });
    return ok({ channel, ts: message.ts, message: { text: message.text } });
  }
}

function ok(fields: Record<string, unknown>): FakeAnswer {
  return { body: { ok: true, ...fields } };
}

/** Form bodies (the Web API client) and JSON bodies (response URLs); JSON-valued fields decoded. */
function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}

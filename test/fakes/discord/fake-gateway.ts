import type { WebSocket, WebSocketServer } from 'ws';
import {
  closeWebSocketServer,
  localUrl,
  startLocalWebSocketServer,
} from '../shared/local-websocket-server.ts';
import { guildCreate, ready } from './payloads.ts';

export interface IdentifyPayload {
  token: string;
  intents: number;
  /** `[shard id, shard count]` when the client runs a chosen shard. */
  shard?: [number, number];
}

/**
 * A Discord gateway on 127.0.0.1 for one bot session: HELLO, heartbeat ACKs, READY and
 * GUILD_CREATE after IDENTIFY, then whatever dispatches the test sends.
 */
export class FakeDiscordGateway {
  /** Resolves with the IDENTIFY payload once the session is up (READY and GUILD_CREATE sent). */
  readonly identified: Promise<IdentifyPayload>;
  private socket: WebSocket | undefined;
  private sequence = 0;
  private resolveIdentified!: (payload: IdentifyPayload) => void;

  private constructor(private readonly server: WebSocketServer) {
    this.identified = new Promise((resolve) => {
      this.resolveIdentified = resolve;
    });
    server.on('connection', (socket) => this.accept(socket));
  }

  static async start(): Promise<FakeDiscordGateway> {
    return new FakeDiscordGateway(await startLocalWebSocketServer());
  }

  get url(): string {
    return localUrl(this.server);
  }

  /** Sends a dispatch (op 0) such as INTERACTION_CREATE or MESSAGE_CREATE to the bot. */
  dispatch(type: string, data: unknown): void {
    if (!this.socket) throw new Error('No bot is connected to the fake gateway.');
    this.sequence += 1;
    this.socket.send(JSON.stringify({ op: 0, t: type, s: this.sequence, d: data }));
  }

  /** Drops the bot's connection without a close frame, as a network failure does. */
  dropConnection(): void {
    this.socket?.terminate();
  }

  close(): Promise<void> {
    return closeWebSocketServer(this.server);
  }

  private accept(socket: WebSocket): void {
    this.socket = socket;
    // A long interval: the client's first heartbeat comes after a random share of it, and
    // client.destroy() clears the timer, so no test waits on it.
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    socket.on('message', (raw) => this.receive(JSON.parse(raw.toString())));
  }

  private receive(packet: { op: number; d: unknown }): void {
    if (packet.op === 1) this.socket?.send(JSON.stringify({ op: 11 }));
    if (packet.op === 2) {
      this.dispatch('READY', ready(this.url));
      this.dispatch('GUILD_CREATE', guildCreate());
      this.resolveIdentified(packet.d as IdentifyPayload);
    }
  }
}

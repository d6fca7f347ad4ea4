import { randomUUID } from 'node:crypto';
import type { WebSocket, WebSocketServer } from 'ws';
import {
  closeWebSocketServer,
  localUrl,
  startLocalWebSocketServer,
} from '../shared/local-websocket-server.ts';

/** What the app sends back for an envelope: `{ envelope_id, payload }`. */
export interface EnvelopeAck {
  envelope_id: string;
  payload?: unknown;
}

/**
 * Slack's Socket Mode endpoint on 127.0.0.1 for one connection: says hello, pushes the
 * envelopes a test sends and hands back the app's acknowledgement of each.
 */
export class FakeSocketMode {
  /** Resolves when a client has connected and been sent `hello`. */
  readonly connected: Promise<void>;
  /** Resolves when the client's connection has closed. */
  readonly closed: Promise<void>;
  private socket: WebSocket | undefined;
  private readonly pendingAcks = new Map<string, (ack: EnvelopeAck) => void>();
  private onConnected!: () => void;
  private onClosed!: () => void;

  private constructor(private readonly server: WebSocketServer) {
    this.connected = new Promise((resolve) => {
      this.onConnected = resolve;
    });
    this.closed = new Promise((resolve) => {
      this.onClosed = resolve;
    });
    server.on('connection', (socket) => this.accept(socket));
  }

  static async start(): Promise<FakeSocketMode> {
    return new FakeSocketMode(await startLocalWebSocketServer());
  }

  get url(): string {
    return localUrl(this.server, '/link');
  }

  /** Pushes an envelope (`slash_commands`, `events_api`, `interactive`) and resolves with its ack. */
  push(type: string, payload: unknown): Promise<EnvelopeAck> {
    const envelopeId = randomUUID();
    const acked = new Promise<EnvelopeAck>((resolve) => this.pendingAcks.set(envelopeId, resolve));
    this.socket?.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
      }),
    );
    return acked;
  }

  close(): Promise<void> {
    return closeWebSocketServer(this.server);
  }

  private accept(socket: WebSocket): void {
    this.socket = socket;
    socket.on('message', (data) => {
      const ack = JSON.parse(String(data)) as EnvelopeAck;
      this.pendingAcks.get(ack.envelope_id)?.(ack);
      this.pendingAcks.delete(ack.envelope_id);
    });
    socket.on('close', () => this.onClosed());
    socket.send(
      JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0SITREP' } }),
    );
    this.onConnected();
  }
}

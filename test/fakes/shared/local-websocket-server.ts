import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

/** A WebSocket server on 127.0.0.1 at a free port, resolved once it listens. */
export async function startLocalWebSocketServer(): Promise<WebSocketServer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return server;
}

/** `ws://127.0.0.1:<port>` of a listening server, followed by `path`. */
export function localUrl(server: WebSocketServer, path = ''): string {
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
}

/** Drops every connection at once (no close handshake to wait for), then closes the server. */
export async function closeWebSocketServer(server: WebSocketServer): Promise<void> {
  for (const client of server.clients) client.terminate();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

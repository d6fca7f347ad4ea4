import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute } from './health.ts';

/**
 * Serves the routes on `port` when no Slack HTTP receiver owns the port (Discord only, Socket
 * Mode). Anything else is 404; only GET and HEAD are answered.
 */
export async function serveRoutes(
  routes: HttpRoute[],
  port: number,
  host?: string,
): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((candidate) => candidate.path === path);
    if (!route || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    route.answer().then(
      (answer) => res.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.body),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

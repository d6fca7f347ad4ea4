import type { Server, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { closeHttpServer, localHttpUrl, startLocalHttpServer } from '../fakes/shared/local-http-server.ts';

const PAGE =
  '<html><head><title>Ferry schedule</title></head><body><p>The ferry leaves at nine.</p></body></html>';
/** 12 MB of spaces compresses to a few kilobytes: a decompression bomb past the 10 MB bound. */
const BOMB_SIZE = 12 * 1024 * 1024;
// Compressed once, quickly (the ratio hardly depends on the level for a run of one byte).
const GZIP_BOMB = gzipSync(Buffer.alloc(BOMB_SIZE, 0x20), { level: 1 });
const BROTLI_BOMB = brotliCompressSync(Buffer.alloc(BOMB_SIZE, 0x20), {
  params: { [constants.BROTLI_PARAM_QUALITY]: 1 },
});

/**
 * A web site on 127.0.0.1 that does everything a hostile or broken server might: redirects into
 * private addresses, trickles, sends bombs, huge bodies and PDFs. `hits` counts requests per path.
 */
export async function startHostileSite() {
  const server: Server = await startLocalHttpServer();
  const base = localHttpUrl(server);
  const hits = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  let redirectTarget = '';
  server.on('request', (request, response: ServerResponse) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/page') return void response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (path === '/admin')
      return void response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<p>The database password for the internal billing system is hunter2-SECRET.</p>');
    if (path === '/redirect') return void response.writeHead(302, { location: redirectTarget }).end();
    if (path === '/loop') return void response.writeHead(301, { location: '/loop' }).end();
    if (path === '/trickle') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => response.write('x'), 20);
      timers.add(timer);
      response.on('close', () => clearInterval(timer));
      return;
    }
    if (path === '/gzip-bomb')
      return void response
        .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
        .end(GZIP_BOMB);
    if (path === '/brotli-bomb')
      return void response
        .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' })
        .end(BROTLI_BOMB);
    if (path === '/gzip-page')
      return void response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
        .end(gzipSync(PAGE));
    if (path === '/huge') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'y'.repeat(64 * 1024);
      for (let i = 0; i < 100; i++) response.write(chunk); // 6.4 MB without a content-length
      return void response.end();
    }
    if (path === '/huge-declared')
      return void response
        .writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50_000_000) })
        .end();
    if (path === '/report.pdf')
      return void response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    if (path === '/photo') return void response.writeHead(200, { 'content-type': 'image/png' }).end('png');
    if (path === '/latin1')
      return void response
        .writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' })
        .end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    response.writeHead(404).end();
  });
  return {
    base,
    port: new URL(base).port,
    hits,
    redirectTo(target: string) {
      redirectTarget = target;
    },
    async close() {
      for (const timer of timers) clearInterval(timer);
      await closeHttpServer(server);
    },
  };
}

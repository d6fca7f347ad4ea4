import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import {
  checkTarget,
  isAddressAllowed,
  type Resolve,
  type ResolvedAddress,
  systemResolve,
} from './check-target.ts';
import type { FetchPolicy } from './fetch-policy.ts';
import { refusedContentType } from './text-content.ts';

/** Bytes on the wire: a news page or feed is never that big. */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
/** Bytes after gzip/brotli/deflate: bounds a compression bomb. */
export const MAX_DECODED_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export interface SafeGetOptions {
  policy: FetchPolicy;
  /** For everything: every redirect hop, the headers and the whole body. */
  deadlineMs: number;
  headers?: Record<string, string>;
  maxBytes?: number;
  maxDecodedBytes?: number;
  resolve?: Resolve;
}

export type SafeGetResult =
  | { ok: true; status: number; url: string; headers: Headers; body: Buffer; charset?: string }
  | { ok: false; status?: number; headers?: Headers; error: string };

/** A failure with words a chat user can read; anything else is described by `describeError`. */
class FetchRefused extends Error {}

/**
 * GETs a link from chat or a feed without letting it reach what it must not: every hop (the link
 * and each redirect) is checked by `checkTarget` and connected to the checked address only, the
 * connected socket is checked again, the whole exchange has one deadline (a server trickling a
 * byte a second is cut off), bodies are bounded before and after decompression, and only text
 * content types are read. Never throws.
 */
export async function safeGet(href: string, options: SafeGetOptions): Promise<SafeGetResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.deadlineMs);
  try {
    let current = href;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const target = await checkTarget(current, options.policy, options.resolve ?? systemResolve);
      if (!target.ok) return { ok: false, error: target.error };
      if (controller.signal.aborted) throw new FetchRefused(deadlineText(options.deadlineMs));
      const response = await send(target, options, controller.signal);
      const headers = toHeaders(response);
      const location = response.headers.location;
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.destroy();
        current = new URL(location, target.url).href;
        continue;
      }
      const status = response.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        response.destroy();
        return { ok: false, status, headers, error: `HTTP ${status}` };
      }
      const refusal = refusedContentType(response.headers['content-type']);
      if (refusal) {
        response.destroy();
        return { ok: false, status, headers, error: refusal };
      }
      const body = await readBody(response, options);
      return { ok: true, status, url: target.url.href, headers, body, charset: charsetOf(response) };
    }
    return { ok: false, error: `more than ${MAX_REDIRECTS} redirects` };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, error: deadlineText(options.deadlineMs) };
    return { ok: false, error: describeError(error) };
  } finally {
    clearTimeout(timer);
  }
}

function send(
  target: { url: URL; address: ResolvedAddress; hostAllowed: boolean },
  options: SafeGetOptions,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const request = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing: ClientRequest = request(target.url, {
      method: 'GET',
      agent: false,
      signal,
      lookup: pinnedLookup(target.address),
      headers: {
        'user-agent': 'Sitrep (+https://github.com/sitrep)',
        'accept-encoding': 'gzip, deflate, br',
        ...options.headers,
      },
    });
    outgoing.on('socket', (socket: Socket) => {
      socket.once('connect', () => {
        const remote = socket.remoteAddress ?? '';
        if (!target.hostAllowed && !isAddressAllowed(remote, options.policy)) {
          outgoing.destroy(new FetchRefused('the link points to a private or internal network address'));
        }
      });
    });
    outgoing.on('response', resolve);
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Answers every DNS question for this request with the address that was checked. */
function pinnedLookup({ address, family }: ResolvedAddress): LookupFunction {
  return ((_hostname: string, lookupOptions: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (lookupOptions?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

async function readBody(response: IncomingMessage, options: SafeGetOptions): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
  const maxDecoded = options.maxDecodedBytes ?? MAX_DECODED_BYTES;
  const declared = Number(response.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    response.destroy();
    throw new FetchRefused(`response too large (${declared} bytes; the limit is ${maxBytes})`);
  }
  let received = 0;
  response.on('data', (chunk: Buffer) => {
    received += chunk.byteLength;
    if (received > maxBytes)
      response.destroy(new FetchRefused(`response too large (over ${maxBytes} bytes)`));
  });
  const decoded = decoderFor(response);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded) {
    size += (chunk as Buffer).byteLength;
    if (size > maxDecoded) {
      decoded.destroy();
      response.destroy();
      throw new FetchRefused(`response too large once decompressed (over ${maxDecoded} bytes)`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function decoderFor(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const decompress =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'br'
        ? createBrotliDecompress()
        : encoding === 'deflate'
          ? createInflate()
          : undefined;
  if (!decompress) {
    if (encoding && encoding !== 'identity')
      throw new FetchRefused(`unsupported content encoding ${encoding}`);
    return response;
  }
  // pipeline destroys every stage on error, so a failure upstream ends the loop reading `decompress`.
  return pipeline(response, decompress, () => undefined);
}

function charsetOf(response: IncomingMessage): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(String(response.headers['content-type'] ?? ''))?.[1];
}

function toHeaders(response: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

function deadlineText(deadlineMs: number): string {
  return `timed out after ${deadlineMs / 1000} s`;
}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  Z_DATA_ERROR: 'the compressed response is corrupt',
  Z_BUF_ERROR: 'the compressed response is cut short',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the site certificate does not match its name',
  CERT_HAS_EXPIRED: 'the site certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the site certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the site certificate cannot be verified',
};

/** Words for a failure; never a stack trace. */
function describeError(error: unknown): string {
  if (error instanceof FetchRefused) return error.message;
  const code = (error as { code?: string } | undefined)?.code;
  if (code && NETWORK_ERRORS[code]) return NETWORK_ERRORS[code];
  if (code === 'HPE_INVALID_CONSTANT' || code?.startsWith('HPE_'))
    return 'the server sent an invalid HTTP response';
  return 'the request failed';
}

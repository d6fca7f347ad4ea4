/** Pages and feeds larger than this are refused: a news page is never that big. */
const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

export interface FetchTextOptions {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  headers?: Record<string, string>;
}

export type FetchTextResult =
  | { ok: true; status: number; text: string; headers: Headers }
  | { ok: false; status?: number; headers?: Headers; error: string };

/**
 * GETs `url` as text with a timeout. Never throws: HTTP errors, timeouts, refused connections and
 * oversized bodies come back as `{ ok: false, error }` in words ("HTTP 503", "timed out after 10 s").
 * A 304 is returned as `{ ok: false, status: 304 }` for the caller's conditional GET.
 */
export async function fetchText(url: string, options: FetchTextOptions): Promise<FetchTextResult> {
  try {
    const response = await options.fetch(url, {
      headers: { 'user-agent': 'Sitrep feed reader', ...options.headers },
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'follow',
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        status: response.status,
        headers: response.headers,
        error: `HTTP ${response.status}`,
      };
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_RESPONSE_BYTES) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, status: response.status, error: `response too large (${declared} bytes)` };
    }
    const text = await readLimited(response);
    if (text === undefined) {
      return {
        ok: false,
        status: response.status,
        error: `response too large (over ${MAX_RESPONSE_BYTES} bytes)`,
      };
    }
    return { ok: true, status: response.status, text, headers: response.headers };
  } catch (error) {
    return { ok: false, error: describeFetchError(error, options.timeoutMs) };
  }
}

/** The body as UTF-8 text, or undefined once it passes the limit (a body sent without a length). */
async function readLimited(response: Response): Promise<string | undefined> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      await response.body.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(chunk);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
};

function describeFetchError(error: unknown, timeoutMs: number): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return `timed out after ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const known = cause?.code ? NETWORK_ERRORS[cause.code] : undefined;
  if (known) return known;
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

import type { Resolve } from '../../fetch/check-target.ts';
import type { FetchPolicy } from '../../fetch/fetch-policy.ts';
import { safeGet } from '../../fetch/safe-get.ts';

export interface FetchTextOptions {
  /** Which addresses may be reached; see src/fetch. */
  policy: FetchPolicy;
  /** One deadline for the whole request, redirects and body included. */
  timeoutMs: number;
  headers?: Record<string, string>;
  /** Tests play DNS with it; the system resolver otherwise. */
  resolve?: Resolve;
}

export type FetchTextResult =
  | { ok: true; status: number; text: string; headers: Headers }
  | { ok: false; status?: number; headers?: Headers; error: string };

/**
 * GETs `url` as text through `safeGet` (private addresses refused, one deadline, bounded body,
 * text content types only). Never throws: every failure comes back as `{ ok: false, error }` in
 * words ("HTTP 503", "timed out after 10 s"). A 304 is returned as `{ ok: false, status: 304 }`
 * for the caller's conditional GET.
 */
export async function fetchText(url: string, options: FetchTextOptions): Promise<FetchTextResult> {
  const fetched = await safeGet(url, {
    policy: options.policy,
    deadlineMs: options.timeoutMs,
    headers: options.headers,
    resolve: options.resolve,
  });
  if (!fetched.ok) return fetched;
  return {
    ok: true,
    status: fetched.status,
    text: decode(fetched.body, fetched.charset),
    headers: fetched.headers,
  };
}

/** The body in its declared charset (UTF-8 when none or an unknown one); a BOM is dropped. */
function decode(body: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** Why a request never got an answer, in words, keyed by the Node/undici error code. */
const REASONS: Record<string, string> = {
  ENOTFOUND: 'its host name could not be looked up (no network, or DNS cannot resolve it)',
  EAI_AGAIN: 'its host name could not be looked up just now (DNS did not answer)',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  ENETUNREACH: 'the network is unreachable',
  EHOSTUNREACH: 'the host is unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate could not be verified (a proxy?)",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate could not be verified (a proxy?)",
};

/**
 * What kept a request from reaching a server ("its host name could not be looked up"), from
 * the error or any error it wraps; undefined for any other
 * error, such as an HTTP refusal.
 */
export function unreachableReason(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && REASONS[code]) return `${REASONS[code]}, ${code}`;
    // fetch wraps the system error in `cause`; @slack/web-api wraps fetch's in `original`.
    const wrapper = current as { cause?: unknown; original?: unknown };
    current = wrapper.cause ?? wrapper.original;
  }
  return undefined;
}

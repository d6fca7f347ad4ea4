import { unreachableReason } from '../shared/network-failure.ts';

const DEFAULT_API = 'https://discord.com/api';

/**
 * A call that never reached Discord (DNS, refused connection, timeout) → an error that says
 * where Sitrep tried to go, why it failed and what to check, instead of a bare
 * `getaddrinfo ENOTFOUND discord.com`. Any other error comes back unchanged.
 */
export function explainUnreachable(error: unknown, apiUrl: string | undefined): unknown {
  const reason = unreachableReason(error);
  if (!reason) return error;
  const api = apiUrl ?? DEFAULT_API;
  const setting = apiUrl
    ? 'Check DISCORD_API_URL and that the host answers'
    : 'Check the network connection, DNS and any proxy or firewall (DISCORD_API_URL sets another address)';
  return new Error(`Could not reach Discord at ${api}: ${reason}. ${setting}.`, { cause: error });
}

import { echo } from '../text/echo.ts';
import { UserError } from './command.ts';

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * Reads a window bound: a relative span before `now` ("24h", "7d", "2w", "90m") or an ISO date or
 * timestamp ("2024-05-01", "2024-05-01T08:00:00Z").
 */
export function parseSince(text: string, now: Date): Date {
  const trimmed = text.trim();
  const relative = /^(\d+)\s*([mhdw])$/i.exec(trimmed);
  if (relative) return new Date(now.getTime() - Number(relative[1]) * UNITS[relative[2]!.toLowerCase()]!);
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) {
    const date = new Date(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new UserError(
    'digest.badSince',
    `I could not read “${echo(trimmed, 60)}” as a time. Use a span like 24h or 7d, or a date like 2024-05-01.`,
  );
}

import type { DigestRun, RunFailure } from './sitrep-store.ts';

/** A run key may be claimed when no run holds it yet, or when its run failed for a passing reason. */
export function isClaimable(existing: DigestRun | undefined): boolean {
  return !existing || (existing.status === 'failed' && existing.failure?.kind === 'transient');
}

/** The failure recorded on a run whose delivery was never confirmed. */
export function unconfirmedFailure(at: string): RunFailure {
  return { kind: 'unknown', message: 'stopped before the platform confirmed', at };
}

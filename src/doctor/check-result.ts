/**
 * One line of `sitrep doctor`: what was checked, how it went, and what to do when it did not.
 * `fail` means Sitrep cannot work as configured; `warn` works but probably not as intended;
 * `skip` was not checked (an adapter that is not configured, a check that needs another to pass).
 */
export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

export interface CheckResult {
  status: CheckStatus;
  /** What was checked and what was found, in one line: "Node.js 20.19.0". */
  summary: string;
  /** Extra lines under the summary: skipped files, missing scopes. */
  details?: string[];
  /** What to do about a warn or fail, in one or two sentences. */
  fix?: string;
}

export const ok = (summary: string, details?: string[]): CheckResult => ({ status: 'ok', summary, details });
export const warn = (summary: string, fix: string, details?: string[]): CheckResult => ({
  status: 'warn',
  summary,
  fix,
  details,
});
export const fail = (summary: string, fix: string, details?: string[]): CheckResult => ({
  status: 'fail',
  summary,
  fix,
  details,
});
export const skip = (summary: string): CheckResult => ({ status: 'skip', summary });

/** A titled group of results: "Slack", "Discord", "Install". */
export interface CheckSection {
  title: string;
  results: CheckResult[];
}

/** Per-channel results listed one per line; past this many in order, they fold into one line. */
const MAX_LISTED_IN_ORDER = 3;

/**
 * Keeps the report to one screen: when more than a few results are `ok`, they become one line
 * (`summary(count)`), and every other result keeps its own line.
 */
export function foldInOrder(results: CheckResult[], summary: (count: number) => string): CheckResult[] {
  const fine = results.filter((result) => result.status === 'ok');
  if (fine.length <= MAX_LISTED_IN_ORDER) return results;
  return [ok(summary(fine.length)), ...results.filter((result) => result.status !== 'ok')];
}

/** One part of `npm run eval` or `npm run bench`: a printed table plus the JSON for reports/. */
export interface ReportSection {
  name: string;
  /** Printed with console.table; keep values short. */
  rows: Array<Record<string, string | number>>;
  /** Written under `sections[name]` in the report JSON. */
  json: unknown;
  /** Lines to print after the table (misses to study). */
  notes?: string[];
  /** Set when the data was absent and the section did nothing. */
  skipped?: string;
}

/** Where the shared evaluation data lives: ../shared from the project root, or SITREP_SHARED. */
export function sharedDir(): string {
  return process.env.SITREP_SHARED ?? new URL('../../../shared/', import.meta.url).pathname;
}

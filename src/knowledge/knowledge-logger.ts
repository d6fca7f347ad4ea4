/** The one logging call ingestion makes: a warning with `{ file, reason }` or `{ feed, … }` fields. */
export interface KnowledgeLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

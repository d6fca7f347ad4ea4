import { createInterface } from 'node:readline';

/** One input line of a `--jsonl` batch: the text to work on, or why the line cannot be used. */
export type JsonLineRequest =
  | { id?: string; text: string }
  | { id?: string; error: { code: 'input.notJson' | 'input.missingField'; message: string } };

/**
 * Reads `{"id", FIELD}` lines from stdin for `ask --jsonl` (FIELD question) and `search --jsonl`
 * (FIELD query). Blank lines are skipped; every other line yields exactly one request, so a
 * batch gets one output line per input line, in order: a line that is not a JSON object, or
 * has no non-empty string FIELD, yields an error (with its `id` when it has one) in its place.
 */
export async function* readJsonLineRequests(
  field: string,
  input: NodeJS.ReadableStream = process.stdin,
): AsyncGenerator<JsonLineRequest> {
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    if (line.trim()) yield toRequest(line, lineNumber, field);
  }
}

function toRequest(line: string, lineNumber: number, field: string): JsonLineRequest {
  const record = parseObject(line);
  const expected = `{"id": "…", "${field}": "…"}`;
  if (!record) {
    return {
      error: {
        code: 'input.notJson',
        message: `Line ${lineNumber} is not a JSON object; expected ${expected}.`,
      },
    };
  }
  // Ids are passed back as given, so a consumer can match them to its own.
  const id = record.id === undefined || record.id === null ? undefined : (record.id as string);
  const value = record[field];
  if (typeof value !== 'string' || !value.trim()) {
    return {
      ...(id === undefined ? {} : { id }),
      error: {
        code: 'input.missingField',
        message: `Line ${lineNumber} has no "${field}" text; expected ${expected}.`,
      },
    };
  }
  return { ...(id === undefined ? {} : { id }), text: value };
}

function parseObject(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

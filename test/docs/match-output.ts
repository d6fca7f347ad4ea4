/**
 * Compares what a command printed with what the page shows. The page may mask volatile parts:
 * `[...]` inside a line matches any text on that line, and a line that is only `[...]` matches
 * any number of lines (none included). Trailing spaces are ignored; nothing else is.
 */
export const MASK = '[...]';

export function matchesOutput(expected: string[], actual: string[]): boolean {
  return matchFrom(expected, 0, trimEnd(actual), 0);
}

function matchFrom(expected: string[], e: number, actual: string[], a: number): boolean {
  if (e === expected.length) return a === actual.length;
  const pattern = expected[e] ?? '';
  if (pattern.trim() === MASK) {
    for (let skip = a; skip <= actual.length; skip++)
      if (matchFrom(expected, e + 1, actual, skip)) return true;
    return false;
  }
  if (a === actual.length || !lineMatches(pattern, actual[a] ?? '')) return false;
  return matchFrom(expected, e + 1, actual, a + 1);
}

function lineMatches(pattern: string, line: string): boolean {
  const parts = pattern.trimEnd().split(MASK).map(escapeRegExp);
  return new RegExp(`^${parts.join('.*')}$`, 's').test(line.trimEnd());
}

function trimEnd(lines: string[]): string[] {
  const copy = [...lines];
  while (copy.at(-1)?.trim() === '') copy.pop();
  return copy;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

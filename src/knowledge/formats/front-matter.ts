import { parse as parseYaml } from 'yaml';

/** Thrown for front matter Sitrep will not read; the message is the skip reason. */
export class FrontMatterError extends Error {}

/** Front matter over this size is refused: article metadata is a few lines. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

// YAML aliases (`*name`) let a few lines stand for a huge tree ("billion laughs"); metadata needs none.
const MAX_ALIASES = 20;

// `---` then an optional engine name ("---js", "--- yaml") on the first line.
const OPENING = /^---([^\n-][^\n]*)?\r?\n/;
const YAML_NAMES = new Set(['', 'yaml', 'yml']);

/**
 * Splits Markdown into its front matter (`data`) and the rest (`content`). Only YAML front
 * matter is read, and as data only: other engines a Markdown tool may know (`---js`,
 * `---javascript`, `---coffee`, `---json`, `---toml`…) are refused with {@link FrontMatterError},
 * so a knowledge file can never run code or pull in a parser Sitrep did not choose. YAML with
 * many aliases, custom tags or more than {@link MAX_FRONT_MATTER_CHARS} is refused too.
 * Text without an opening `---` line has no front matter; an opening line without a closing
 * `---` line makes all of the text front matter, as Markdown tools read it.
 */
export function readFrontMatter(text: string): { data: Record<string, unknown>; content: string } {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, content: text };
  const engine = (opening[1] ?? '').trim().toLowerCase();
  if (!YAML_NAMES.has(engine)) {
    throw new FrontMatterError(
      `front matter marked "${engine.slice(0, 40)}" is not read; only YAML front matter (between two --- lines) is`,
    );
  }
  const afterOpening = opening[0].length;
  const closing = findClosingLine(text, afterOpening);
  const matter = text.slice(afterOpening, closing?.start ?? text.length);
  if (matter.length > MAX_FRONT_MATTER_CHARS) {
    throw new FrontMatterError(
      `front matter is too long (${matter.length} characters, the limit is ${MAX_FRONT_MATTER_CHARS})`,
    );
  }
  const data = parseMatter(matter);
  return { data, content: closing ? text.slice(closing.end) : '' };
}

/** The first line after `from` that is exactly `---` (trailing spaces allowed). */
function findClosingLine(text: string, from: number): { start: number; end: number } | null {
  let lineStart = from;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (text.slice(lineStart, lineEnd).trimEnd() === '---') {
      return { start: lineStart, end: newline < 0 ? lineEnd : newline + 1 };
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

function parseMatter(matter: string): Record<string, unknown> {
  if (!matter.trim()) return {};
  let data: unknown;
  try {
    // The core schema reads plain data only: no custom tags, no types beyond JSON's.
    data = parseYaml(matter, { schema: 'core', maxAliasCount: MAX_ALIASES, uniqueKeys: false });
  } catch (error) {
    throw new FrontMatterError(`front matter is not valid YAML (${describeYamlError(error)})`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError('front matter must be "key: value" lines between the two --- lines');
  }
  return data as Record<string, unknown>;
}

function describeYamlError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = (message.split('\n')[0] ?? '').trim().replace(/:$/u, '');
  if (/alias/iu.test(first) && /excessive|resource/iu.test(first)) {
    return `more than ${MAX_ALIASES} aliases`;
  }
  return first.slice(0, 160);
}

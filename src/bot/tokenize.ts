/** A typed command line split into words and `--flag value` pairs; quoted strings stay whole. */
export interface Tokens {
  words: string[];
  flags: Record<string, string>;
}

// Single quotes are left alone: apostrophes ("What's", "NATO's") are far more common than quoting.
const TOKEN = /"([^"]*)"|“([^”]*)”|(\S+)/g;

export function tokenize(text: string): Tokens {
  const raw = [...text.matchAll(TOKEN)].map((m) => ({
    text: m[1] ?? m[2] ?? m[3] ?? '',
    quoted: m[3] === undefined,
  }));
  const words: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    const flag = !token.quoted && /^--([a-z][a-z-]*)$/i.exec(token.text);
    if (!flag) {
      words.push(token.text);
      continue;
    }
    const next = raw[i + 1];
    const takesValue = next && (next.quoted || !next.text.startsWith('--'));
    flags[flag[1]!.toLowerCase()] = takesValue ? next.text : 'true';
    if (takesValue) i++;
  }
  return { words, flags };
}

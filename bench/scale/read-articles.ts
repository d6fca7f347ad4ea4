// Reads the generated knowledge base back as plain records, for the FTS5 and minisearch baselines.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PlainArticle {
  id: string;
  title: string;
  text: string;
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Every article of the generated corpus in `dir`, file by file. */
export function* readPlainArticles(dir: string): Generator<PlainArticle> {
  for (const file of filesUnder(dir)) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.md')) {
      const [, header = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text) ?? [];
      const id = /^id: (.*)$/mu.exec(header)?.[1] ?? file;
      const title = JSON.parse(/^title: (.*)$/mu.exec(header)?.[1] ?? '""') as string;
      yield { id, title, text: body };
    } else if (file.endsWith('.json')) {
      yield* JSON.parse(text) as PlainArticle[];
    } else {
      for (const line of text.split('\n')) if (line.trim()) yield JSON.parse(line) as PlainArticle;
    }
  }
}

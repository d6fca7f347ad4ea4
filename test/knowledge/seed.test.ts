import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { loadKnowledgeDir } from '../../src/knowledge/load-dir.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import { silentLogger } from '../../src/logger.ts';

const SEED = '000_7d9d51401f966fbd.txt';

describe('the seed article', () => {
  test('loads with its title, date and source, and a body without site chrome', async () => {
    const { articles, skipped } = parseKnowledgeFile(SEED, await readFile(`knowledge/${SEED}`));
    expect(skipped).toEqual([]);
    const [seed] = articles;
    expect(seed).toMatchObject({
      id: '000_7d9d51401f966fbd',
      file: SEED,
      title: 'USSPACECOM ‘Partners to Win’ at NATO’s First Space Symposium',
      published: '2024-05-06',
      source: 'U.S. Space Command',
    });
    expect(seed?.body.startsWith('Lt. Gen. Thomas James, U.S. Space Command deputy commander')).toBe(true);
    for (const chrome of [
      'official website',
      'how you know',
      '.mil website',
      'lock',
      'News |',
      'USSPACECOM ‘Partners',
    ]) {
      expect(seed?.body).not.toContain(chrome);
    }
  });

  test('keeps one paragraph per line, separated by exactly one blank line', async () => {
    const [seed] = parseKnowledgeFile(SEED, await readFile(`knowledge/${SEED}`)).articles;
    const paragraphs = seed?.body.split('\n\n') ?? [];
    expect(paragraphs).toHaveLength(13);
    for (const paragraph of paragraphs) expect(paragraph).toBe(paragraph.replace(/\s+/g, ' ').trim());
    expect(paragraphs.at(-1)).toMatch(/James said\.$/);
  });

  test('the knowledge folder loads without skipping anything and with unique ids', async () => {
    const { articles, skipped } = await loadKnowledgeDir('knowledge', { logger: silentLogger });
    expect(skipped).toEqual([]);
    expect(articles.map((article) => article.id)).toContain('000_7d9d51401f966fbd');
    expect(new Set(articles.map((article) => article.id)).size).toBe(articles.length);
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { readFeedList } from '../../src/knowledge/feeds/feed-list.ts';
import { makeKnowledgeDir, recordingLogger } from './temp-knowledge-dir.ts';

let remove: (() => Promise<void>) | undefined;
afterEach(() => remove?.());

describe('readFeedList', () => {
  test('the shipped feeds.txt holds only comments', async () => {
    expect(await readFeedList('knowledge')).toEqual([]);
  });

  test('reads one URL a line, ignoring comments, blanks and duplicates, and warns about the rest', async () => {
    const made = await makeKnowledgeDir({
      'feeds.txt': [
        '# Harbor news',
        'https://example.org/rss.xml',
        '',
        '  https://example.org/atom.xml   # the port authority',
        'https://example.org/page#section',
        'https://example.org/rss.xml',
        'ftp://example.org/feed',
        'not a url',
      ].join('\n'),
    });
    remove = made.remove;
    const logger = recordingLogger();
    expect(await readFeedList(made.dir, { logger })).toEqual([
      'https://example.org/rss.xml',
      'https://example.org/atom.xml',
      'https://example.org/page#section',
    ]);
    expect(logger.warnings.map((warning) => warning.fields['file'])).toEqual(['feeds.txt#7', 'feeds.txt#8']);
  });

  test('a folder without feeds.txt has no feeds', async () => {
    const made = await makeKnowledgeDir({});
    remove = made.remove;
    expect(await readFeedList(made.dir)).toEqual([]);
  });
});

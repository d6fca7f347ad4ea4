import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';

const FIXTURES = 'test/fixtures/knowledge/formats';

async function parseFixture(name: string) {
  return parseKnowledgeFile(name, await readFile(`${FIXTURES}/${name}`));
}

function parseText(relPath: string, text: string) {
  return parseKnowledgeFile(relPath, Buffer.from(text, 'utf8'));
}

describe('markdown', () => {
  test('reads front matter and turns the body into plain paragraphs', async () => {
    const { articles, skipped } = await parseFixture('library-hours.md');
    expect(skipped).toEqual([]);
    expect(articles).toEqual([
      {
        id: 'library-hours',
        title: 'Central library adds Sunday hours',
        published: '2025-05-02',
        url: 'https://example.org/news/library-hours',
        source: 'City News',
        tags: ['city', 'library'],
        file: 'library-hours.md',
        body: [
          'From June 1 the central library opens on Sundays from 10:00 to 16:00, the city council announced on Friday.',
          'What changes',
          'Sunday hours run from 10:00 to 16:00.',
          'The reading room stays closed on Sundays.',
          '“We heard our readers,” said Director Ana Ruiz.',
        ].join('\n\n'),
      },
    ]);
  });

  test('without front matter takes the first heading as title and the path as id', async () => {
    const [article] = (await parseFixture('harbor-cleanup.md')).articles;
    expect(article).toMatchObject({ id: 'harbor-cleanup', title: 'Volunteers clear the harbor', tags: [] });
    expect(article?.body).toBe(
      [
        'More than 200 volunteers removed 3 tonnes of litter from the harbor on Saturday.',
        'Nets and ropes made up half of it.',
        'Plastic bottles came second.',
        'See the photo gallery for more.',
      ].join('\n\n'),
    );
    expect(article).not.toHaveProperty('published');
  });

  test('without a title or heading uses the file name, and keeps folders in the id', () => {
    const [article] = parseText(
      'city/notes/budget-vote.markdown',
      'The council passes the budget.\n',
    ).articles;
    expect(article).toMatchObject({
      id: 'city/notes/budget-vote',
      title: 'budget-vote',
      file: 'city/notes/budget-vote.markdown',
    });
  });

  test('an unparseable front-matter date is left out without failing', () => {
    const { articles, skipped } = parseText('a.md', '---\ntitle: A\ndate: someday soon\n---\nText.\n');
    expect(skipped).toEqual([]);
    expect(articles[0]).not.toHaveProperty('published');
  });
});

describe('plain text', () => {
  test('takes the first line as title when there is no page header', async () => {
    const [article] = (await parseFixture('bridge-repair.txt')).articles;
    expect(article).toEqual({
      id: 'bridge-repair',
      title: 'Bridge repair finishes early',
      tags: [],
      file: 'bridge-repair.txt',
      body:
        'The Elm Street bridge reopened on Monday, two weeks ahead of schedule.\n\n' +
        'Crews replaced the deck and repainted the railings.',
    });
  });

  test('joins hard-wrapped lines into paragraphs', () => {
    const text = `Title\n\n${'word '.repeat(12).trim()}\n${'more '.repeat(12).trim()}\n\nSecond paragraph here.\n`;
    const [article] = parseText('wrapped.txt', text).articles;
    expect(article?.body.split('\n\n')).toEqual([
      `${'word '.repeat(12)}${'more '.repeat(12).trim()}`,
      'Second paragraph here.',
    ]);
  });

  test('finds a kind-and-date header below chrome even without a source line', () => {
    const text =
      'Skip to main content\nPress Release | Sept. 3, 2020\n\nBase opens gates\n\nThe base opened its gates to visitors on Saturday, officials said.\n';
    const [article] = parseText('base.txt', text).articles;
    expect(article).toMatchObject({ title: 'Base opens gates', published: '2020-09-03' });
    expect(article).not.toHaveProperty('source');
    expect(article?.body).toBe('The base opened its gates to visitors on Saturday, officials said.');
  });
});

describe('html', () => {
  test('extracts the main text and the metadata from meta tags and JSON-LD', async () => {
    const [article] = (await parseFixture('drill.html')).articles;
    expect(article).toMatchObject({
      id: 'drill',
      title: 'Coast Guard drill tests harbor response',
      published: '2024-03-14T09:30:00.000Z',
      url: 'https://gazette.example.org/2024/03/drill',
      source: 'Harbor Gazette',
      tags: ['coast guard', 'drills'],
    });
    const paragraphs = article?.body.split('\n\n') ?? [];
    expect(paragraphs.some((p) => p.startsWith('The Coast Guard ran a full-scale spill drill'))).toBe(true);
    expect(paragraphs).toContain(
      '“Every minute counts in the first hour,” said Cmdr. Lena Ortiz, who led the exercise. “Today we had booms in the water in under twenty minutes, which is our target.”',
    );
    expect(article?.body).not.toMatch(/Sports|All rights reserved/);
  });

  test('falls back to JSON-LD for the date and publisher and to <time>', () => {
    const html = `<html><head><script type="application/ld+json">[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Pier closes","datePublished":"June 2, 2022","publisher":{"name":"Port Daily"}}]</script></head>
      <body><p>The old pier closes for repairs next week, the port said.</p></body></html>`;
    const [article] = parseText('pier.htm', html).articles;
    expect(article).toMatchObject({ title: 'Pier closes', published: '2022-06-02', source: 'Port Daily' });
    expect(article?.body).toBe('The old pier closes for repairs next week, the port said.');

    const timed = parseText('t.html', '<p>Hello there.</p><time datetime="2021-01-05">Jan 5</time>')
      .articles[0];
    expect(timed?.published).toBe('2021-01-05');
  });
});

describe('json records', () => {
  test('reads an array with alternative field names; a null id gets the file path and position', async () => {
    const { articles, skipped } = await parseFixture('releases.json');
    expect(skipped).toEqual([]);
    expect(articles).toEqual([
      {
        id: 'release-1',
        title: 'Port opens new ferry line',
        body: 'A new ferry line links the north and south piers from Monday.\n\nTickets cost two euros.',
        published: '2023-09-04',
        url: 'https://example.org/releases/1',
        source: 'Port Authority',
        tags: ['ferry', 'port'],
        file: 'releases.json',
      },
      {
        id: 'releases#2',
        title: 'Night buses return',
        body: 'Night buses return to the city center on Fridays and Saturdays.',
        published: '2023-09-08',
        tags: [],
        file: 'releases.json',
      },
    ]);
  });

  test('reads one record and {articles: [...]}', () => {
    expect(parseText('one.json', '{"id": 7, "text": "Seven."}').articles[0]).toMatchObject({
      id: '7',
      title: 'Seven.',
    });
    const wrapped = parseText('many.json', '{"articles": [{"text": "One."}, {"text": "Two."}]}').articles;
    expect(wrapped.map((a) => a.id)).toEqual(['many#1', 'many#2']);
  });

  test('JSON Lines load SciFact and ISAF records as they are', async () => {
    const { articles, skipped } = await parseFixture('mixed.jsonl');
    expect(skipped).toEqual([]);
    expect(articles.map(({ id, title, published }) => ({ id, title, published }))).toEqual([
      {
        id: '4983',
        title: 'Microstructural development of human newborn cerebral white matter',
        published: undefined,
      },
      {
        id: '2013-01-S-025',
        title: 'During a security operation in Andar district, Ghazni province, yesterday, an Afghan and…',
        published: '2013-01-25',
      },
      {
        id: 'mixed#3',
        title: 'A coalition security force detained numerous suspected insurgents during an operation in…',
        published: undefined,
      },
    ]);
    expect(articles[1]?.body.split('\n\n')[0]).toBe('KABUL, Afghanistan (Jan. 25, 2013)');
    expect(articles[0]).not.toHaveProperty('published');
  });

  test('ndjson records read article, published with a time, url and source', async () => {
    const [article] = (await parseFixture('notes.ndjson')).articles;
    expect(article).toMatchObject({
      id: 'notes#1',
      title: 'Water main work on Oak Road',
      published: '2024-02-01T06:00:00.000Z',
      url: 'https://example.org/oak-road',
      source: 'Public Works',
    });
  });

  test('a bad JSON line or a record without text is skipped and the rest loads', () => {
    const text =
      '{"id":"a","text":"Alpha."}\n{"id":"b", text}\n\n{"id":"c","title":"no text"}\n[1]\n{"id":"d","text":"Delta."}\n';
    const { articles, skipped } = parseText('feed/dump.jsonl', text);
    expect(articles.map((a) => a.id)).toEqual(['a', 'd']);
    expect(skipped.map((s) => s.file)).toEqual([
      'feed/dump.jsonl#2',
      'feed/dump.jsonl#4',
      'feed/dump.jsonl#5',
    ]);
    expect(skipped[0]?.reason).toMatch(/^invalid JSON on line 2/);
    expect(skipped[1]?.reason).toMatch(/^no text/);
    expect(skipped[2]?.reason).toBe('not a JSON object');
  });
});

describe('any format', () => {
  test('an unknown extension is skipped with the supported list', () => {
    expect(parseText('slides.pptx', 'x').skipped[0]?.reason).toMatch(
      /^unsupported file type; use one of .md/,
    );
  });
});

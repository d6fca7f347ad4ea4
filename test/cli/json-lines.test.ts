import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { type JsonLineRequest, readJsonLineRequests } from '../../src/cli/json-lines.ts';

async function read(field: string, lines: string[]): Promise<JsonLineRequest[]> {
  const requests: JsonLineRequest[] = [];
  for await (const request of readJsonLineRequests(field, Readable.from([lines.join('\n')]))) {
    requests.push(request);
  }
  return requests;
}

describe('--jsonl input', () => {
  test('every non-blank line gives exactly one request, in order, bad lines as errors', async () => {
    const requests = await read('question', [
      '{"id": "a", "question": "Where was the symposium held?"}',
      'Where was the symposium held?',
      '',
      '{"id": "c", "query": "wrong field"}',
      '{"id": 4, "question": "   "}',
      '["not", "an", "object"]',
      '{"question": "no id is fine"}',
    ]);
    expect(requests).toEqual([
      { id: 'a', text: 'Where was the symposium held?' },
      { error: { code: 'input.notJson', message: expect.stringMatching(/^Line 2 is not a JSON object/) } },
      {
        id: 'c',
        error: { code: 'input.missingField', message: expect.stringMatching(/^Line 4 has no "question"/) },
      },
      { id: 4, error: { code: 'input.missingField', message: expect.stringContaining('Line 5') } },
      { error: { code: 'input.notJson', message: expect.stringContaining('Line 6') } },
      { text: 'no id is fine' },
    ]);
  });

  test('an error line never repeats the input line', async () => {
    const long = `not json ${'x'.repeat(5_000)}`;
    const [request] = await read('query', [long]);
    expect(JSON.stringify(request).length).toBeLessThan(200);
  });
});

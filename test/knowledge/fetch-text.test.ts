import { describe, expect, test } from 'vitest';
import { fetchText } from '../../src/knowledge/feeds/fetch-text.ts';

const fetchOf = (body: string) => async () => new Response(body, { status: 200 });

describe('fetchText', () => {
  test('returns the body of a response sent without a length', async () => {
    const result = await fetchText('http://127.0.0.1/feed', { fetch: fetchOf('﻿héllo'), timeoutMs: 1000 });
    expect(result).toMatchObject({ ok: true, status: 200, text: 'héllo' });
  });

  test('refuses a body over 5 MB even when no content-length announces it', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024 + 1);
    const result = await fetchText('http://127.0.0.1/feed', { fetch: fetchOf(huge), timeoutMs: 1000 });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/too large/);
  });
});

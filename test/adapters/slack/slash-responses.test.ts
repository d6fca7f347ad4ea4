import { describe, expect, test } from 'vitest';
import { sharedResponses, slashResponses, typedTextOf } from '../../../adapters/slack/slash-responses.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import * as sample from '../../fakes/slack/sample-replies.ts';

const QUESTION = 'Where was the inaugural NATO Space Symposium held?';

function bigDigest(items: number): Reply {
  const many = Array.from({ length: items }, (_, i) => ({
    articleId: `a${i}`,
    title: `Article ${i}`,
    summary: ['S.'],
  }));
  return { kind: 'digest', digest: { ...sample.digest.digest, groups: [{ topic: 'All', items: many }] } };
}

describe('slash command responses', () => {
  test('content is ephemeral with a share button that carries the typed text', () => {
    const [response, ...rest] = slashResponses(sample.answer, QUESTION);
    expect(rest).toEqual([]);
    expect(response?.response_type).toBe('ephemeral');
    const actions = response?.blocks?.at(-1);
    expect(actions).toMatchObject({
      type: 'actions',
      elements: [{ type: 'button', action_id: 'sitrep_share' }],
    });
    const value =
      actions?.type === 'actions' && actions.elements[0]?.type === 'button' ? actions.elements[0].value : '';
    expect(typedTextOf(value)).toBe(QUESTION);
  });

  test('errors and private notices stay private without a button; a public notice goes to the channel', () => {
    for (const reply of [sample.notFound, sample.privateNotice]) {
      const [response] = slashResponses(reply, 'x');
      expect(response?.response_type).toBe('ephemeral');
      expect(JSON.stringify(response?.blocks)).not.toContain('sitrep_share');
    }
    expect(slashResponses(sample.publicNotice, 'x')[0]?.response_type).toBe('in_channel');
  });

  test('a long reply uses at most three responses, the last saying what was left out, all within 50 blocks', () => {
    const responses = slashResponses(bigDigest(400), 'digest 30d');
    expect(responses).toHaveLength(3);
    expect(responses.every((r) => (r.blocks?.length ?? 0) <= 50)).toBe(true);
    expect(JSON.stringify(responses[2]?.blocks)).toMatch(/… and \d+ more articles not shown/);
    expect(JSON.stringify(responses[2]?.blocks)).toContain('sitrep_share');
    expect(JSON.stringify(responses[0]?.blocks)).not.toContain('sitrep_share');
  });

  test('no button when the typed text is too long for a button value', () => {
    expect(JSON.stringify(slashResponses(sample.answer, 'x'.repeat(2_000))[0]?.blocks)).not.toContain(
      'sitrep_share',
    );
  });

  test('sharing posts in the channel, credits the sharer, then deletes the private copy', () => {
    const responses = sharedResponses(sample.answer, 'U0ANA');
    expect(responses.map((r) => r.response_type ?? 'delete')).toEqual(['in_channel', 'delete']);
    expect(responses[1]).toEqual({ delete_original: true });
    expect(JSON.stringify(responses[0]?.blocks)).toContain('Shared by <@U0ANA>');
    const shared = sharedResponses(bigDigest(400), 'U0ANA');
    expect(shared.filter((r) => r.response_type === 'in_channel')).toHaveLength(3);
    expect(shared.at(-1)).toEqual({ delete_original: true });
  });

  test('a share that now fails tells only the sharer', () => {
    const responses = sharedResponses(sample.notFound, 'U0ANA');
    expect(responses.map((r) => r.response_type)).toEqual(['ephemeral']);
  });

  test('a share value that is not ours is ignored', () => {
    expect(typedTextOf('not json')).toBeUndefined();
    expect(typedTextOf('{"other":1}')).toBeUndefined();
    expect(typedTextOf('null')).toBeUndefined();
  });
});

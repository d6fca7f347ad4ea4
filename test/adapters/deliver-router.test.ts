import { describe, expect, test } from 'vitest';
import { routeDeliveries, routeLookups } from '../../adapters/deliver-router.ts';
import { DeliveryError } from '../../src/bot/deliver.ts';
import type { NoticeReply } from '../../src/replies/reply.ts';

const reply: NoticeReply = { kind: 'notice', lines: ['Nothing new since Mon 19 Oct 2026, 08:00 CEST.'] };
const slackChannel = { platform: 'slack' as const, id: 'C1' };
const discordChannel = { platform: 'discord' as const, id: '555' };

describe('routing scheduled digests to the running adapters', () => {
  test('each channel goes to its platform, with the idempotency key', async () => {
    const seen: string[] = [];
    const deliver = routeDeliveries({
      slack: async (channel, _reply, meta) => {
        seen.push(`${channel.id} ${meta?.idempotencyKey}`);
        return { messageIds: ['1.2'] };
      },
    });
    expect(await deliver(slackChannel, reply, { idempotencyKey: 'slack:C1:2026-10-20' })).toEqual({
      messageIds: ['1.2'],
    });
    expect(seen).toEqual(['C1 slack:C1:2026-10-20']);
  });

  test('a platform that is not running is a permission problem, not a retry loop', async () => {
    const failure = routeDeliveries({})(discordChannel, reply, { idempotencyKey: 'k' });
    await expect(failure).rejects.toBeInstanceOf(DeliveryError);
    await expect(failure).rejects.toMatchObject({ failure: 'forbidden' });
  });

  test('a platform without a post lookup says so, so the run is recorded as unconfirmed', async () => {
    const find = routeLookups({ slack: async () => undefined });
    expect(await find(slackChannel, 'slack:C1:2026-10-20')).toBeUndefined();
    await expect(find(discordChannel, 'discord:555:2026-10-20')).rejects.toMatchObject({
      failure: 'forbidden',
    });
  });
});

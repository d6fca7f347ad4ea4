import { describe, expect, test } from 'vitest';
import { createChannelPermission } from '../../../adapters/slack/channel-permission.ts';
import type { ParsedCommand } from '../../../adapters/slack/to-request.ts';
import { captureLogger } from '../../fakes/shared/capture-logger.ts';

const subscribe: ParsedCommand = { command: 'digest', args: { action: 'subscribe' } };
const inChannel = { channelId: 'C1', userId: 'U1' };

function slackUsers(user: { is_admin?: boolean; is_owner?: boolean } | Error) {
  const lookups: string[] = [];
  const client = {
    users: {
      info: async ({ user: id }: { user: string }) => {
        lookups.push(id);
        if (user instanceof Error) throw user;
        return { ok: true, user: { id, ...user } };
      },
    },
  };
  return { client: client as unknown as Parameters<typeof createChannelPermission>[0]['client'], lookups };
}

describe('who may manage a channel', () => {
  test('commands other than digest subscribe/unsubscribe never look anyone up', async () => {
    const { client, lookups } = slackUsers({ is_admin: true });
    const canManage = createChannelPermission({ client, logger: captureLogger().logger });
    expect(await canManage(inChannel, { command: 'ask', args: { question: 'q' } })).toBe(false);
    expect(await canManage(inChannel, { command: 'digest', args: { action: 'status' } })).toBe(false);
    expect(lookups).toEqual([]);
  });

  test('workspace admins and owners may, ordinary members may not', async () => {
    for (const [user, expected] of [
      [{ is_admin: true }, true],
      [{ is_owner: true }, true],
      [{}, false],
    ] as const) {
      const { client, lookups } = slackUsers(user);
      const canManage = createChannelPermission({ client, logger: captureLogger().logger });
      expect(await canManage(inChannel, subscribe)).toBe(expected);
      expect(lookups).toEqual(['U1']);
    }
  });

  test('configured admins may without a lookup, and so may anyone in their own direct message', async () => {
    const { client, lookups } = slackUsers({});
    const canManage = createChannelPermission({
      client,
      adminUserIds: ['U1'],
      logger: captureLogger().logger,
    });
    expect(await canManage(inChannel, subscribe)).toBe(true);
    expect(await canManage({ channelId: 'D7', userId: 'U2' }, subscribe)).toBe(true);
    expect(lookups).toEqual([]);
  });

  test('a failed lookup counts as "may not" and says how to fix it', async () => {
    const { client } = slackUsers(new Error('missing_scope'));
    const logs = captureLogger();
    const canManage = createChannelPermission({ client, logger: logs.logger });
    expect(await canManage(inChannel, subscribe)).toBe(false);
    expect(logs.lines.at(-1)?.msg).toContain('users:read');
  });
});

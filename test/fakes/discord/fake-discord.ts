import { FakeDiscordGateway } from './fake-gateway.ts';
import { FakeDiscordRest } from './fake-rest.ts';

/** The fake REST API and gateway together, wired so `login()` finds the gateway. */
export interface FakeDiscord {
  rest: FakeDiscordRest;
  gateway: FakeDiscordGateway;
  close(): Promise<void>;
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const [rest, gateway] = await Promise.all([FakeDiscordRest.start(), FakeDiscordGateway.start()]);
  rest.gatewayUrl = gateway.url;
  return {
    rest,
    gateway,
    close: async () => {
      await Promise.all([rest.close(), gateway.close()]);
    },
  };
}

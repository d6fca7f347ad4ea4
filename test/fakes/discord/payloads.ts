import { IDS, snowflake } from './snowflakes.ts';

/** Raw gateway/REST payloads, shaped as Discord sends them (the fields discord.js reads). */

export const botUser = {
  id: IDS.botUser,
  username: 'Sitrep',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

export const asker = {
  id: IDS.user,
  username: 'ana',
  discriminator: '0',
  global_name: 'Ana',
  avatar: null,
};

/** Permission bits the fake reads. */
export const READ_MESSAGE_HISTORY = 65536n;

interface Overwrite {
  id: string;
  /** 0 role, 1 member. */
  type: 0 | 1;
  allow: string;
  deny: string;
}

const textChannel = (id: string, name: string, overwrites: Overwrite[] = []) => ({
  id,
  type: 0,
  name,
  guild_id: IDS.guild,
  position: 0,
  permission_overwrites: overwrites,
  nsfw: false,
  parent_id: null,
});

/** The bot's DM channel with the asker. */
export const dmChannel = { id: IDS.dmChannel, type: 1, recipients: [asker], last_message_id: null };

export const guildChannels = [
  textChannel(IDS.channel, 'briefings'),
  textChannel(IDS.otherChannel, 'general'),
  textChannel(IDS.noHistoryChannel, 'announcements', [
    { id: IDS.botUser, type: 1, allow: '0', deny: String(READ_MESSAGE_HISTORY) },
  ]),
];

/** The bot's own member, which Discord includes in GUILD_CREATE. */
const botMember = {
  user: botUser,
  roles: [],
  joined_at: '2024-05-01T00:00:00.000Z',
  deaf: false,
  mute: false,
  flags: 0,
};

export function guildCreate() {
  return {
    id: IDS.guild,
    name: 'Sitrep test server',
    icon: null,
    owner_id: IDS.owner,
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: '2024-05-01T00:00:00.000Z',
    features: [],
    roles: [
      {
        id: IDS.guild,
        name: '@everyone',
        permissions: '68608',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    channels: guildChannels,
    threads: [],
    members: [botMember],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function ready(gatewayUrl: string) {
  return {
    v: 10,
    user: botUser,
    guilds: [{ id: IDS.guild, unavailable: true }],
    session_id: 'fake-session',
    resume_gateway_url: gatewayUrl,
    application: { id: IDS.application, flags: 0 },
    shard: [0, 1],
  };
}

/**
 * Permissions as Discord sends them: a decimal bitfield string. 2048 Send Messages; 16 Manage
 * Channels; 32 Manage Server.
 */
export const PERMISSIONS = {
  member: '2048',
  channelManager: String(2048 | 16),
  serverManager: String(2048 | 32),
} as const;

export interface SlashOption {
  name: string;
  type: number;
  value?: string | boolean;
  focused?: boolean;
  options?: SlashOption[];
}

function interaction(type: number, name: string, options: SlashOption[], permissions: string) {
  return {
    id: snowflake(),
    application_id: IDS.application,
    type,
    token: `token-${snowflake()}`,
    version: 1,
    guild_id: IDS.guild,
    channel_id: IDS.channel,
    channel: textChannel(IDS.channel, 'briefings'),
    member: {
      user: asker,
      roles: [],
      permissions,
      joined_at: '2024-05-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: '83968',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': IDS.guild },
    context: 0,
    data: { id: snowflake(), name, type: 1, options },
  };
}

/** INTERACTION_CREATE for a slash command (type 2). */
export function slashCommand(
  name: string,
  options: SlashOption[] = [],
  permissions: string = PERMISSIONS.member,
) {
  return interaction(2, name, options, permissions);
}

/** INTERACTION_CREATE for autocomplete (type 4): `focused` names the option being typed. */
export function autocomplete(name: string, focused: string, value: string) {
  return interaction(4, name, [{ name: focused, type: 3, value, focused: true }], PERMISSIONS.member);
}

/** MESSAGE_CREATE from the asker in a DM with the bot (no guild, no mention needed). */
export function directMessage(content: string) {
  const {
    guild_id: _guild,
    member: _member,
    ...message
  } = channelMessage(content, { mentionsBot: false, channelId: IDS.dmChannel });
  return { ...message, channel_type: 1 };
}

/** MESSAGE_CREATE from the asker in the test channel. */
export function channelMessage(
  content: string,
  { mentionsBot = true, channelId = IDS.channel as string } = {},
) {
  return {
    id: snowflake(),
    channel_id: channelId,
    channel_type: 0,
    guild_id: IDS.guild,
    author: asker,
    member: { roles: [], joined_at: '2024-05-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    content,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentionsBot ? [botUser] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** A whole message object, as REST returns for a message the bot posted. */
export function postedMessage(
  channelId: string,
  body: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: botUser,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    pinned: false,
    type: body.message_reference ? 19 : 0,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    ...extra,
  };
}

/**
 * INTERACTION_CREATE for a click on a message button (type 3, component type 2): `message` is
 * the message the button is under, as the bot posted it.
 */
export function buttonClick(
  customId: string,
  message: Record<string, unknown>,
  permissions: string = PERMISSIONS.member,
) {
  const base = interaction(3, '', [], permissions);
  return { ...base, message, data: { custom_id: customId, component_type: 2 } };
}

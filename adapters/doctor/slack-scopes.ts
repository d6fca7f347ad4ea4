/**
 * The bot scopes Sitrep uses, with what each is for (the same list as manifest.json; a test
 * keeps the two equal). The doctor compares them with the scopes the installed app was granted.
 */
export const SLACK_BOT_SCOPES: Record<string, string> = {
  'app_mentions:read': 'hear @sitrep in channels',
  'channels:history': 'confirm a briefing after a crash (public channels)',
  'chat:write': 'answer and post briefings',
  'chat:write.public': 'post briefings in public channels without an invitation',
  commands: 'the /sitrep command',
  'groups:history': 'confirm a briefing after a crash (private channels)',
  'im:history': 'read direct messages',
  'users:read': 'check who may change a channel’s briefing',
};

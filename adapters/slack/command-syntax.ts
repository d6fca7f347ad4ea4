import type { Reply } from '../../src/replies/reply.ts';

/**
 * The core names commands as typed elsewhere (`/digest status`, "type `help`"); on Slack every
 * command goes through the one slash command, so notices and errors say `/sitrep digest status`.
 */
export function withSlackCommandSyntax(reply: Reply): Reply {
  if (reply.kind === 'notice') return { ...reply, lines: reply.lines.map(toSlackSyntax) };
  if (reply.kind === 'error') return { ...reply, message: toSlackSyntax(reply.message) };
  return reply;
}

export function toSlackSyntax(text: string): string {
  return text.replace(/(^|[\s`“(])\/digest\b/g, '$1/sitrep digest').replace(/`help`/g, '`/sitrep help`');
}

import { renderText } from '../replies/render-text.ts';
import type { Reply } from '../replies/reply.ts';
import { printJson } from './cli-context.ts';
import { toContractJson } from './json-shapes.ts';

/**
 * Prints one reply as text or contract JSON and sets the exit code: 2 for a usage error,
 * 1 for any other error reply (a refusal to answer is a valid result, exit 0).
 */
export function printReply(reply: Reply, json: boolean | undefined): void {
  if (json) printJson(toContractJson(reply));
  else if (reply.kind === 'error') process.stderr.write(`${renderText(reply)}\n`);
  else process.stdout.write(`${renderText(reply)}\n`);
  if (reply.kind === 'error') process.exitCode = reply.code === 'command.usage' ? 2 : 1;
}

import { type CheckResult, fail, ok } from './check-result.ts';

/** The oldest Node.js major Sitrep runs on (package.json `engines`). */
export const MIN_NODE_MAJOR = 20;

export function checkNodeVersion(version: string = process.versions.node): CheckResult {
  const major = Number(version.split('.')[0]);
  if (major >= MIN_NODE_MAJOR) return ok(`Node.js ${version}`);
  return fail(
    `Node.js ${version} is too old; Sitrep needs ${MIN_NODE_MAJOR} or newer`,
    `Install Node.js ${MIN_NODE_MAJOR} LTS or newer (https://nodejs.org), then run npm install again.`,
  );
}

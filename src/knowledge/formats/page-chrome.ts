/**
 * Lines that government and news sites print around every article ("An official website of the
 * United States government", the .mil/.gov and lock notices, "Skip to main content"). They are
 * matched as whole lines, so an article sentence that merely mentions them is kept.
 */
const CHROME_LINES: readonly RegExp[] = [
  /^an official website of the united states government\.?$/iu,
  /^here['’]s how you know\.?$/iu,
  /^official websites use \.(?:gov|mil)\b.*$/iu,
  /^secure \.(?:gov|mil) websites use https\b.*$/iu,
  /^an? \.(?:gov|mil) website belongs to an official\b.*$/iu,
  /^an? lock \(.*\) or https:\/\/ means\b.*$/iu,
  /^an? lock(?: \(.*\))? or https:\/\/.*$/iu,
  /^share sensitive information only on official, secure websites\.?$/iu,
  /^skip to (?:main )?content\.?$/iu,
  /^(?:back to top|main menu|search|menu|close|share|print|email|facebook|twitter|x|linkedin)$/iu,
  /^(?:toggle|open|close) (?:navigation|menu|search)$/iu,
];

/** True for a line of site chrome that carries no article content. */
export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  return CHROME_LINES.some((pattern) => pattern.test(trimmed));
}

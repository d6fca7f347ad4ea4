// What stands next to a typed span in a sentence: the question's words, a role noun, the asked noun,
// a unit. These say whether the span is the one the question asks for, not only of its kind.
import type { QuestionTerms } from '../question-terms.ts';
import type { TypedSpan } from '../spans/typed-spans.ts';
import { stemWord, type Token } from '../terms.ts';

// Nouns for people by their job: next to a name they say who the name is.
const ROLE_NOUNS = new Set(
  `commander commanding manager director chief head leader president chairman chairwoman officer
  secretary minister ambassador spokesman spokeswoman spokesperson coordinator founder owner ceo captain
  superintendent administrator governor mayor king queen emperor pope bishop general admiral colonel
  inventor author architect designer engineer scientist professor principal dean chancellor deputy`.split(
    /\s+/,
  ),
);

/** Role abbreviations a question uses for the words an article spells out. */
const ROLE_ABBREVIATIONS: Record<string, string[]> = {
  co: ['commanding', 'officer'],
  xo: ['executive', 'officer'],
  ceo: ['chief', 'executive'],
  cto: ['chief', 'technology'],
  cfo: ['chief', 'financial'],
  pao: ['public', 'affairs', 'officer'],
};

/** The question's role words, abbreviations spelled out ("CO" → commanding, officer). */
export function roleStemsOf(terms: QuestionTerms): Set<string> {
  const stems = new Set(terms.stems);
  for (const [abbreviation, words] of Object.entries(ROLE_ABBREVIATIONS)) {
    if (terms.stems.has(abbreviation)) for (const word of words) stems.add(stemWord(word));
  }
  return stems;
}

/** The stem of the verb an agent noun is made from: "manager" → manag, "director" → direct. */
function agentBase(word: string): string | undefined {
  const match = /^([a-z]{3,}?)(?:er|or|ar)$/.exec(word);
  return match?.[1] ? stemWord(match[1]) : undefined;
}

/** 1 when a matched question term touches the span, falling off with the distance in words. */
export function spanProximity(tokens: Token[], span: TypedSpan, terms: QuestionTerms): number {
  const [first, after] = spanTokenRange(tokens, span);
  let best = Number.POSITIVE_INFINITY;
  for (const [position, token] of tokens.entries()) {
    if (!terms.stems.has(token.stem) || (position >= first && position < after)) continue;
    best = Math.min(best, position < first ? first - position - 1 : position - after);
  }
  return Number.isFinite(best) ? 1 / (1 + best / 4) : 0;
}

/** Token indexes where the span begins and where the words after it begin. */
function spanTokenRange(tokens: Token[], span: TypedSpan): [number, number] {
  let first = tokens.findIndex((token) => token.start >= span.start);
  if (first < 0) first = tokens.length;
  let after = tokens.findIndex((token) => token.start >= span.end);
  if (after < 0) after = tokens.length;
  return [first, after];
}

/** The counted noun of "how many X" within five words after the number ("1,648 missiles"). */
export function hasUnitNear(tokens: Token[], span: TypedSpan, unit: string[]): boolean {
  if (unit.length === 0) return false;
  const units = new Set(unit);
  const [first, after] = spanTokenRange(tokens, span);
  return tokens.slice(first, after + 5).some((token) => units.has(token.stem));
}

/**
 * The span comes right after the noun a "which/what …" question asks for, a word or two apart:
 * "which cruiser" meets "guided-missile cruiser USS Bunker Hill", not the carrier named before it.
 */
export function followsAskedNoun(tokens: Token[], span: TypedSpan, head: string): boolean {
  const [first] = spanTokenRange(tokens, span);
  if (first >= tokens.length) return false;
  return tokens[first - 1]?.stem === head || tokens[first - 2]?.stem === head;
}

/**
 * The noun the question asks for stands next to a name the question does not give: "which
 * cruiser…" meets "guided-missile cruiser USS Lake Champlain", "which squadron…" meets "Marine
 * Fighter Attack Squadron 323". A capitalized word within three words after the noun, or the
 * noun closing a capitalized run.
 */
export function namesHeadNoun(
  text: string,
  tokens: Token[],
  head: string,
  questionStems: ReadonlySet<string>,
): boolean {
  const isNewName = (token: Token | undefined) =>
    token !== undefined &&
    /^\p{Lu}/u.test(text.slice(token.start, token.end)) &&
    !questionStems.has(token.stem);
  for (const [at, token] of tokens.entries()) {
    if (token.stem !== head) continue;
    if (isNewName(tokens[at + 1]) || isNewName(tokens[at + 2]) || isNewName(tokens[at + 3])) return true;
    if (/^\p{Lu}/u.test(text.slice(token.start, token.end)) && isNewName(tokens[at - 1])) return true;
  }
  return false;
}

/** The words between a comma right after the span and the next comma or end hold a question term. */
export function hasRoleApposition(
  text: string,
  tokens: Token[],
  span: TypedSpan,
  terms: QuestionTerms,
): boolean {
  const rest = text.slice(span.end);
  if (!/^,\s/.test(rest)) return false;
  const stop = rest.slice(1).search(/[,.;:]/);
  const end = span.end + 1 + (stop < 0 ? rest.length : stop);
  return tokens.some((token) => token.start > span.end && token.end <= end && terms.stems.has(token.stem));
}

/**
 * A job noun within four words of the name, made from the question's verb ("manages" → "manager")
 * or naming the role the question asks about: "NAME, the facility's manager, said".
 */
export function hasRoleNounNear(tokens: Token[], span: TypedSpan, roles: ReadonlySet<string>): boolean {
  const [first, after] = spanTokenRange(tokens, span);
  for (let at = Math.max(0, first - 4); at < Math.min(tokens.length, after + 5); at++) {
    if (at >= first && at < after) continue;
    const token = tokens[at]!;
    const base = agentBase(token.word);
    if (base && roles.has(base)) return true;
    if (ROLE_NOUNS.has(token.word) && roles.has(token.stem)) return true;
  }
  return false;
}

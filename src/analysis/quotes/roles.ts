/** Reads the role that follows a name: "Rear Adm. Will Pennington, commander, Task Force 70, …". */

// Nouns that mark an appositive as a job rather than a place or a clause.
const ROLE_NOUN =
  /\b(?:commander|commanding|officer|director|secretary|manager|chief|coordinator|instructor|technician|specialist|spokes(?:man|woman|person)|president|minister|ambassador|member|leader|head|analyst|engineer|advis[eo]r|professor|chair(?:man|woman)?|deputy|assistant|senator|representative|governor|mayor|official|administrator|strategist|pilot|sailor|soldier|airman|marine|resident|owner|founder|executive|researcher|scientist|noncommissioned|captain|commandant|superintendent|lead|supervisor|planner|attorney|counsel|spokesperson|staff|expert|operator|controller|instructor|nco)\b/i;
const NOT_A_ROLE_START =
  /^(?:of|from|who|which|that|and|or|but|said|says|added|told|as|in|on|at|to|for|with|by|when|while|after|before|also|who's)\b/i;
// A lower-case participle starts a clause ("acknowledging …"); "Acting Under Secretary" and "commanding officer" are jobs.
const PARTICIPLE_START = /^(?!commanding\b)[a-z]+ing\b/;
const CONTINUES_ROLE = /^(?:[A-Z0-9(]|U\.S\.)/;
const CLAUSE_START = /^(?:And|But|Or|Who|Which)\b/;
const MAX_ROLE_LENGTH = 200;

/**
 * The appositive after a name, read from `from` (just after the name) up to `limit`: the text
 * after the comma, continued over further comma-separated parts while they start with a capital
 * or a digit ("commander, Task Force 70, Carrier Strike Group (CSG) 5"). Null when there is no
 * comma or the text reads as a clause or a hometown rather than a job ("of Middleton, Tenn.",
 * "acknowledging …").
 */
export function readAppositive(body: string, from: number, limit: number): string | null {
  const comma = /^\s*,\s*/.exec(body.slice(from, Math.min(limit, from + 4)));
  if (!comma) return null;
  const text = body.slice(from + comma[0].length, limit);
  const parts = text.split(/,\s+/);
  const first = parts[0]?.trim() ?? '';
  if (!first || NOT_A_ROLE_START.test(first) || PARTICIPLE_START.test(first)) return null;
  let role = first;
  for (const part of parts.slice(1)) {
    if (!CONTINUES_ROLE.test(part) || CLAUSE_START.test(part)) break;
    role = `${role}, ${part.trim()}`;
  }
  role = role.replace(/[.;:]+$/, '').trim();
  if (!role || role.length > MAX_ROLE_LENGTH) return null;
  return role;
}

/** True when an appositive reads as a job ("commanding officer", "a member of ARSST 5"). */
export function looksLikeRole(role: string): boolean {
  return ROLE_NOUN.test(role);
}

/** "…,” Whiteley said, who is an exchange officer on the USSPACECOM staff." → "exchange officer on the USSPACECOM staff". */
export function readWhoIsClause(body: string, from: number, limit: number): string | null {
  const match = /^(?:\s+(?:said|says|added|explained|noted))?,\s*who is (?:a |an |the )?([^,.;“"]+)/.exec(
    body.slice(from, limit),
  );
  return match?.[1]?.trim() || null;
}

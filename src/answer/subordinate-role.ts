// "Who is the commander of X?" answered by "NAME, X deputy commander": the sentence names the
// job's deputy, not the person asked for. A deputy, vice or assistant X is a different job from X,
// and the other way round: "who is the deputy commander" is not answered by the commander.

/** Jobs a "who is the … of X" question asks for by name. Ranks ("admiral", "general") are left out: "Vice Adm." is a rank, not a deputy. */
const JOB_NOUNS = new Set([
  'commander',
  'director',
  'manager',
  'chief',
  'head',
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'secretary',
  'minister',
  'administrator',
  'superintendent',
  'governor',
  'editor',
  'principal',
  'provost',
  'dean',
  'chancellor',
  'coordinator',
]);

/** Words that make a job a different, lower one. "Acting" is left out: an acting commander commands. */
const SUBORDINATE = new Set(['deputy', 'vice', 'assistant', 'associate']);

/**
 * "Who commands X?" asks for X's commander. Only the inflected verbs: "Command" in "U.S. Space
 * Command" is a name, and "who represented U.S. Space Command" asks for no job.
 */
const JOB_VERBS: Record<string, string> = {
  commands: 'commander',
  commanded: 'commander',
  directs: 'director',
  directed: 'director',
  manages: 'manager',
  managed: 'manager',
  heads: 'head',
  headed: 'head',
  chairs: 'chair',
  chaired: 'chair',
};

/**
 * "Who leads X?" asks for X's top job, whichever it is called: a sentence that names only a
 * deputy commander and a deputy director names no one who leads, unless it says who leads.
 */
const LEADING_VERBS = new Set(['leads', 'led']);
/** Words by which a sentence says who leads, whatever their job: "Assistant Secretary X headed the delegation". */
const LEADING_WORDS = new Set(
  `lead leads led leader leaders heads headed commands commanded commanding directs directed chairs
  chaired runs ran oversees oversaw`.split(/\s+/),
);

const WORD = /[\p{L}]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** "commanders" → "commander": a job counts in the plural too. */
const singular = (word: string) => word.replace(/s$/, '');

/**
 * The word before a job makes it a lower one: "deputy commander", "vice-president", and "under
 * secretary" ("under" alone is no rank: "served under the commander").
 */
function lowers(before: string | undefined, job: string): boolean {
  return SUBORDINATE.has(before ?? '') || (before === 'under' && job === 'secretary');
}

/**
 * The sentence mentions a job of interest, and no mention is at the level asked for: the shared
 * scan of both directions below.
 */
function mentionsOnlyOtherLevel(
  said: string[],
  isJob: (job: string) => boolean,
  isAskedLevel: (before: string | undefined, job: string) => boolean,
): boolean {
  let mentions = 0;
  for (const [at, word] of said.entries()) {
    const job = singular(word);
    if (!isJob(job)) continue;
    mentions++;
    if (isAskedLevel(said[at - 1], job)) return false;
  }
  return mentions > 0;
}

/**
 * The question asks for a job ("commander", or any top job for "who leads") without a subordinate
 * word, and every mention of that job in the sentence is a subordinate one ("deputy commander",
 * "vice-president"): the sentence does not name the person asked for. A sentence that does not
 * mention the job at all is left to the ranker and the confidence.
 */
export function namesOnlySubordinateRole(question: string, sentence: string): boolean {
  return subordinateOnly(words(question), words(sentence));
}

function subordinateOnly(asked: string[], said: string[]): boolean {
  if (asked.some((word, at) => lowers(word, singular(asked[at + 1] ?? '')))) return false;
  const asksLeader = asked.some((word) => LEADING_VERBS.has(word));
  if (asksLeader && said.some((word) => LEADING_WORDS.has(word))) return false;
  const jobs = asksLeader
    ? JOB_NOUNS
    : new Set(asked.map((word) => JOB_VERBS[word] ?? singular(word)).filter((word) => JOB_NOUNS.has(word)));
  if (jobs.size === 0) return false;
  return mentionsOnlyOtherLevel(
    said,
    (job) => jobs.has(job),
    (before, job) => !lowers(before, job),
  );
}

/**
 * The question asks for a deputy's job ("deputy commander") and the sentence mentions that job
 * only without that word ("Rear Adm. James Kirk, commander of Carrier Strike Group 11"): it names
 * the person the deputy serves, not the deputy.
 */
export function namesOnlySeniorRole(question: string, sentence: string): boolean {
  return seniorOnly(words(question), words(sentence));
}

function seniorOnly(asked: string[], said: string[]): boolean {
  // Each job asked for with the words that lowered it in the question ("commander" → {deputy}).
  const wanted = new Map<string, Set<string>>();
  for (const [at, word] of asked.entries()) {
    const job = singular(word);
    const before = asked[at - 1] ?? '';
    if (!JOB_NOUNS.has(job) || !lowers(before, job)) continue;
    const lowering = wanted.get(job) ?? new Set<string>();
    wanted.set(job, lowering.add(before));
  }
  if (wanted.size === 0) return false;
  return mentionsOnlyOtherLevel(
    said,
    (job) => wanted.has(job),
    (before, job) => wanted.get(job)!.has(before ?? ''),
  );
}

/** The sentence names a job of another level than the one asked for, either way. */
export function namesOtherJobLevel(question: string, sentence: string): boolean {
  const asked = words(question);
  const said = words(sentence);
  return subordinateOnly(asked, said) || seniorOnly(asked, said);
}

import { REPORTING_VERBS } from './lexicon.ts';

/** Regular-expression fragments shared by the rules that link names to reporting verbs. */

/** Any reporting verb ("said", "added", "told"). */
export const VERB = `(?:${REPORTING_VERBS})`;

/** An optional adverb between subject and verb: "also", "later", "repeatedly". */
export const ADVERB = '(?:also\\s+|later\\s+|then\\s+|again\\s+|\\w+ly\\s+)?';

/**
 * What may stand between a name and its verb: "(R-Utah)", ", a writer for The Atlantic,",
 * ", the attorney general of Oklahoma, one of the states suing,".
 */
export const ASIDE = '(?:\\s*\\([^)]{1,30}\\))?(?:(?:,[^,“”"]{1,90}){1,2},)?';

/** After a name: its verb, a reporting verb or a verb in -ed or -s ("Trump responded", "Clinton says"). */
export const SUBJECT_THEN_VERB = new RegExp(`^${ASIDE},?\\s+${ADVERB}(?:${VERB}|[a-z]+(?:ed|s))\\b`);

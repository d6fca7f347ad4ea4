import { contentStems } from './terms.ts';

/**
 * What kind of span answers a question. Strict kinds must be found (outside the question's own
 * words) in a sentence for it to answer; `entity` and `none` only rank.
 */
export type AnswerKind =
  | 'person'
  | 'organization'
  | 'agent'
  | 'place'
  | 'date'
  /** "What date…", "on what day…": a calendar day ("May 29", "Thursday"), not a year or "next week". */
  | 'day'
  | 'year'
  | 'number'
  | 'money'
  | 'percent'
  | 'duration'
  | 'quote'
  | 'entity'
  | 'none';

export interface QuestionIntent {
  kind: AnswerKind;
  /** Stems of the noun being counted or measured ("hours" in "how many hours…"). */
  unit: string[];
  /** For `quote`: the speaker as the question names them ("Lt. Gen. James"). */
  speaker?: string;
}

/** Kinds that a sentence must contain to answer; the others only help ranking. */
export function isStrictKind(kind: AnswerKind): boolean {
  return kind !== 'entity' && kind !== 'none';
}

// Matched on the question as written: "Command" capitalized is part of a name, not a role.
const PERSON_ROLES =
  /\b(command\w*|lead|led|leads|in charge|officer|head|heads|chief|director|manager|ambassador|minister|secretary|coordinator|CO|president|spokes\w+)\b/;
const PERSON_HEADS =
  /\b(minister|ambassador|commander|officer|secretary|director|president|general|admiral|leader|spokes(?:man|woman|person)|official|person|man|woman|manager|chief|coordinator|chairman|captain|colonel|sergeant|deputy|ceo)s?\b/i;
const ORG_HEADS =
  /\b(company|companies|contractor|firm|unit|office|agency|organi[sz]ation|squadron|wing|team|group|manufacturer|vendor|corporation|business|department|command|service|branch|country|nation)\b/i;
const PLACE_HEADS =
  /\b(city|town|country|state|base|port|island|location|place|region|province|district|harbou?r|venue|site|sea|ocean|village)\b/i;
const ENTITY_HEADS =
  /\b(ship|carrier|cruiser|destroyer|submarine|vessel|aircraft|drone|system|launcher|missile)\b/i;
const MONEY_WORDS =
  /\b(cost|costs|spend|spent|pay|paid|price|worth|value|dollar|dollars|ceiling|budget|funding|funds|money|amount)\b/i;
const QUOTE_VERBS = 'say|said|tell|borrow|cite|quote|describe|mean|add|stress|warn|promise|vow';
const QUOTE_DID = new RegExp(
  `^(?:.*?,\\s*)?(?:what|which)\\b.*?\\b(?:did|does|do)\\s+(.+?)\\s+(?:${QUOTE_VERBS})\\b`,
  'i',
);
const ACCORDING_TO = /\b[Aa]ccording to ([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s*,\s*(?:what|which|how)\b/;

/** Classifies a question by rules over its wh-word and head noun (docs/architecture.md lists the kinds). */
export function classifyQuestion(question: string): QuestionIntent {
  const q = question.trim();
  const speaker = quoteSpeaker(q);
  if (speaker) return { kind: 'quote', unit: [], speaker };
  const lower = q.toLowerCase();
  const head = headAfterWh(lower);
  if (/^(?:.*?,\s*)?(?:who|whom|whose|who's)\b/.test(lower)) {
    // Commanding, leading or holding an office is done by a person, not an organization.
    return { kind: PERSON_ROLES.test(q) ? 'person' : 'agent', unit: [] };
  }
  if (/\b(how many|how much)\b/.test(lower)) return quantityIntent(lower);
  if (/\bhow (long|old)\b/.test(lower)) return { kind: 'duration', unit: [] };
  if (/\bhow far\b/.test(lower)) return { kind: 'number', unit: ['mile', 'kilomet', 'km', 'nautic'] };
  if (/\b(?:what|which) (?:percent|percentage|share|proportion|(?:\w+ ){0,2}rate)\b/.test(lower)) {
    return { kind: 'percent', unit: [] };
  }
  if (/^(?:\w+ )?(?:what|which)\b/.test(lower) && /\b(worth|value|price|ceiling)\b/.test(lower)) {
    return { kind: 'money', unit: [] };
  }
  // "What day-to-day tasks…" asks for no day.
  if (/\b(?:what|which) (?:date|day)\b(?!-)/.test(lower)) return { kind: 'day', unit: [] };
  if (asksWhen(lower) || /\b(?:what|which) (?:month|century|decade)\b/.test(lower))
    return { kind: 'date', unit: [] };
  if (/\b(?:what|which) year\b/.test(lower)) return { kind: 'year', unit: [] };
  if (/^(?:.*?,\s*)?(?:where|where's)\b/.test(lower) || PLACE_HEADS.test(head))
    return { kind: 'place', unit: [] };
  if (PERSON_HEADS.test(head)) return { kind: 'person', unit: [] };
  if (ORG_HEADS.test(head)) return { kind: 'organization', unit: [] };
  if (ENTITY_HEADS.test(head)) return { kind: 'entity', unit: [] };
  return { kind: 'none', unit: [] };
}

/**
 * "When" is the question's own wh-word: it opens the question ("When did…", "After the war, when
 * did…") or closes it ("…was built when?"). Inside a clause it only sets the scene: "What do
 * members do when the bell rings?", "When the election ended, which party…?" ask for no date.
 */
function asksWhen(lower: string): boolean {
  if (/\bwhen\s*\??$/.test(lower)) return true;
  if (!/^(?:[^,]*,\s*)?(?:since |until |till )?when\b/.test(lower)) return false;
  return !/^when\b[^,]*,\s*(?:what|which|who|whom|whose|how|where|why)\b/.test(lower);
}

/** Up to four words after the first "which"/"what": where the head noun of the question sits. */
function headAfterWh(lower: string): string {
  const match = /\b(?:which|what)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)/.exec(lower);
  if (!match?.[1]) return '';
  // Stop at the verb: "which company did…" keeps "company", not what follows.
  return match[1].split(/\s+(?:did|does|do|is|was|were|are|has|had|will|can|got|won)\b/)[0] ?? '';
}

function quoteSpeaker(question: string): string | undefined {
  const according = ACCORDING_TO.exec(question);
  if (according?.[1]) return according[1];
  const did = QUOTE_DID.exec(question);
  const name = did?.[1]?.replace(/^(?:the|a|an)\s+/i, '');
  // A speaker is named: "did Hagel say", not "did the strike group say".
  return name && /^[A-Z]/.test(name) && name.split(/\s+/).length <= 7 ? name : undefined;
}

function quantityIntent(lower: string): QuestionIntent {
  const after = /\bhow (?:many|much)\s+(.*)$/.exec(lower)?.[1] ?? '';
  const nounPhrase =
    after.split(/\s+(?:did|does|do|is|was|were|are|has|had|have|will|can|could|would|should)\b/)[0] ?? '';
  // The counted noun usually ends the phrase ("NATO member countries"), so keep its tail.
  const unit = contentStems(nounPhrase).slice(-5);
  if (/\bhow much\b/.test(lower) && MONEY_WORDS.test(lower)) return { kind: 'money', unit: [] };
  if (/\bdollars?\b/.test(lower)) return { kind: 'money', unit: [] };
  return { kind: 'number', unit };
}

import type { SpeakerCue } from './attribution.ts';
import { firstAtOrAfter, MAX_LOOKBACK } from './by-offset.ts';
import { PERSON_NOUNS } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { type NameTable, sameGivenName } from './name-table.ts';

/** Who said a quote, as the Quote type reports it. */
export interface Speaker {
  speaker: string;
  speakerShort: string;
  role: string | null;
}

/**
 * Turns a speaker cue into a speaker. A surname ("James said") becomes the fullest name the
 * article gives; a pronoun the most recent person named before the quote; "the secretary" the
 * most recent person whose title or role says secretary; "the White House statement" an
 * organization ("White House"); any other noun phrase ("the announcer") is kept as written.
 * Null when a pronoun has nobody to point to.
 */
export function resolveSpeaker(cue: SpeakerCue, table: NameTable, mentions: Mention[]): Speaker | null {
  if (cue.kind === 'mention') return fromMention(cue.mention, table);
  const before = mentionsBefore(mentions, cue.at);
  const known = before.filter((mention) => isPerson(mention, table));
  if (cue.kind === 'pronoun') {
    // Failing a known person, the last name that was the subject of a clause ("Trump responded …").
    const last = known.at(-1) ?? before.findLast((mention) => mention.isSubject);
    return last ? fromMention(last, table) : null;
  }
  return fromNominal(cue.text, known, table);
}

function fromMention(mention: Mention, table: NameTable): Speaker {
  const { phrase } = mention;
  const person = table.get(phrase.surname);
  const isSamePerson = person !== undefined && sameGivenName(person.name, phrase.name);
  // A full, titled name in the attribution is used as written; anything shorter takes the fullest form.
  const speaker = isSamePerson && !(phrase.nameWords >= 2 && phrase.title) ? person.speaker : phrase.full;
  const roles = isSamePerson && person.roles.length > 0 ? person.roles : mention.role ? [mention.role] : [];
  return { speaker, speakerShort: phrase.surname, role: roles.length > 0 ? roles.join('; ') : null };
}

function fromNominal(text: string, known: Mention[], table: NameTable): Speaker {
  const words = text.split(/\s+/);
  const head = (words.at(-1) ?? '').toLowerCase();
  const match = PERSON_NOUNS.has(head) && known.findLast((mention) => describes(head, mention, table));
  if (match) return fromMention(match, table);
  const described = words.slice(/^(?:the|a|an)$/i.test(words[0] ?? '') ? 1 : 0).join(' ');
  const organization = words.filter((word) => /^[A-Z]/.test(word) && !/^(?:The|A|An)$/.test(word));
  // "the White House statement" → White House; "the announcer" stays as written.
  return {
    speaker: described,
    speakerShort: organization.length > 0 ? organization.join(' ') : head,
    role: null,
  };
}

function describes(noun: string, mention: Mention, table: NameTable): boolean {
  const person = table.get(mention.phrase.surname);
  const description = [
    mention.phrase.title,
    mention.role ?? '',
    person?.speaker ?? '',
    ...(person?.roles ?? []),
  ];
  return description.join(' ').toLowerCase().includes(noun);
}

/** The last {@link MAX_LOOKBACK} mentions that end at or before `at`, in order. */
function mentionsBefore(mentions: Mention[], at: number): Mention[] {
  // Mentions never overlap, so sorted by start they are sorted by end too.
  const end = firstAtOrAfter(mentions, at + 1, (mention) => mention.end);
  return mentions.slice(Math.max(0, end - MAX_LOOKBACK), end);
}

/** A mention that names a person: titled or well described, or a surname the name table knows. */
export function isPerson(mention: Mention, table: NameTable): boolean {
  return mention.isPerson || table.has(mention.phrase.surname);
}

import type { Mention } from './mentions.ts';

/** A person as the article names them: the fullest form of the name and every role given. */
export interface Person {
  /** Title and name as written in the fullest mention ("Lt. Gen. Thomas James"). */
  speaker: string;
  /** The name part of that mention, without title ("Thomas James"). */
  name: string;
  surname: string;
  /** The first full mention's role first, then roles added later ("who is …"). */
  roles: string[];
}

/** People keyed by surname: "James" → Lt. Gen. Thomas James. */
export type NameTable = ReadonlyMap<string, Person>;

/**
 * Builds the article's name table from its mentions, in order. The earliest, longest mention of
 * a surname gives the speaker string; the first mention with a role gives the role, and
 * "who is …" clauses after any later mention of the surname add to it.
 */
export function buildNameTable(mentions: Mention[]): NameTable {
  const people = new Map<string, Person>();
  for (const mention of mentions) {
    if (!mention.isPerson) continue;
    const { phrase } = mention;
    const known = people.get(phrase.surname);
    if (!known) {
      people.set(phrase.surname, {
        speaker: phrase.full,
        name: phrase.name,
        surname: phrase.surname,
        roles: mention.role ? [mention.role] : [],
      });
      continue;
    }
    if (wordCount(phrase.full) > wordCount(known.speaker) && sameGivenName(known.name, phrase.name)) {
      known.speaker = phrase.full;
      known.name = phrase.name;
    }
    if (known.roles.length === 0 && mention.role) known.roles.push(mention.role);
  }
  for (const mention of mentions) {
    const person = people.get(mention.phrase.surname);
    if (person && mention.extraRole && !person.roles.includes(mention.extraRole)) {
      person.roles.push(mention.extraRole);
    }
  }
  return people;
}

/** "Thomas James" and "James" or "Thomas James" agree; "Jim Kirk" and "James Kirk" do not. */
export function sameGivenName(a: string, b: string): boolean {
  const shorter = a.split(' ').length <= b.split(' ').length ? a : b;
  const longer = shorter === a ? b : a;
  const given = shorter.split(' ').slice(0, -1);
  return given.every((word) => longer.split(' ').includes(word));
}

function wordCount(text: string): number {
  return text.split(' ').length;
}

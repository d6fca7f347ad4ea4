import { stemWord } from './terms.ts';

/**
 * Words that news copy uses for one another, so "Who opened the forum?" meets "kicked off the
 * forum". Kept small and general: each pair is a common paraphrase in reporting, not a fix for one
 * question. A synonym match counts for less than the word itself (SYNONYM_WEIGHT).
 */
const GROUPS = [
  'first inaugural',
  'open kick launch start begin',
  'start found establish create initiate',
  'end conclude finish wrap',
  'lead command head',
  'commander leader chief head',
  'attend participate join',
  'host held hold',
  'leave depart',
  'arrive reach',
  'buy purchase procure order acquire',
  'give hand present award',
  'get got win won receive award',
  'cost price worth value',
  'hurt injure wound',
  'kill dead die',
  'remove demolish tear',
  'place deposit dump',
  'company firm contractor',
  'ship vessel',
  'drone uas uav',
  'city town',
  'job position post role',
  'meet visit',
  'say state remark',
  'quickly rapid fast speed accelerate',
];

const SYNONYMS = new Map<string, string[]>();
for (const group of GROUPS) {
  const stems = group.split(' ').map(stemWord);
  for (const stem of stems) {
    SYNONYMS.set(stem, [...(SYNONYMS.get(stem) ?? []), ...stems.filter((other) => other !== stem)]);
  }
}

export const SYNONYM_WEIGHT = 0.7;

/** Stems that may stand for `stem` in an answer sentence (never `stem` itself). */
export function synonymsOf(stem: string): readonly string[] {
  return SYNONYMS.get(stem) ?? [];
}

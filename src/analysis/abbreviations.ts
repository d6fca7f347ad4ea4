/**
 * Abbreviations that end in a period but rarely end a sentence, lower-cased without the final
 * period. The sentence splitter consults them before it breaks after a period.
 */

const wordSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Ranks, honorifics and titles ("Lt.", "Rear Adm.", "Dr."): always followed by a name, so never a sentence end. */
export const TITLE_ABBREVIATIONS = wordSet(`
  adm amb brig capt cdr cmdr col cpl cpt dr ens gen gov hon lt lieut maj messrs mr mrs ms pfc prof
  pvt rep rev sen sgt spc supt msgt smsgt cmsgt tsgt ssgt sra a1c lcpl gysgt cwo
`);

/**
 * Other abbreviations: months, AP state names, companies, references, Latin. After these a
 * sentence ends only when the next word is a usual sentence opener ("… in Calif. The …"), and
 * never before a number ("Jan. 25", "No. 5").
 */
export const GENERAL_ABBREVIATIONS = wordSet(`
  jan feb mar apr jun jul aug sep sept oct nov dec
  ala ariz ark calif colo conn fla ga kan ky md mass mich minn mont neb nev okla pa tenn va vt wis wyo
  co corp inc ltd jr sr bros st ft mt ave blvd rd dept univ det
  no nos vol vols fig figs eq eqs ref refs pp approx ca cf v vs etc al resp
`);

/**
 * Words that usually open a sentence. After an ambiguous abbreviation ("U.S.", "Calif.", "Inc.")
 * a capitalized word from this list means the sentence really ended there.
 */
export const SENTENCE_OPENERS = wordSet(`
  a an the this that these those it its he she we they i you his her our their my there here in on
  at as after before during while when since for from with but and or so yet however also
  additionally meanwhile today yesterday each every all both some many most other such if although
  though because by to what who how why where one two three no not then now overall further
  furthermore moreover finally first second last results methods conclusions background objective
  using
`);

/**
 * Words that say what a question is about, for grouping similar questions: lower case, no
 * question or function words, a plural or verb ending trimmed so "satellites" meets "satellite".
 * Deliberately small and self-contained: grouping needs agreement between questions, not
 * search-grade stemming.
 */
const STOP = new Set(
  (
    'a an the and or but of to in on at by for with from about into over under than then as is are was were be been ' +
    'being do does did done have has had having can could will would shall should may might must it its this that ' +
    'these those there here what which who whom whose when where why how much many any some all each every no not ' +
    'i me my we our you your he him his she her they them their us tell say said know sitrep please stand stands ' +
    'mean means meaning define get got give latest new news most more just also very'
  ).split(' '),
);

export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const seen = new Set<string>();
  for (const word of words) {
    const bare = word.replace(/['’]s$/, '');
    if (STOP.has(bare) || bare.length < 2) continue;
    seen.add(trimEnding(bare));
  }
  return [...seen];
}

function trimEnding(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  return word;
}

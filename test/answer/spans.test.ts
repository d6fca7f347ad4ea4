import { describe, expect, test } from 'vitest';
import { findDates, namesCalendarDay } from '../../src/answer/spans/dates.ts';
import { findNames } from '../../src/answer/spans/names.ts';
import { findQuantities } from '../../src/answer/spans/quantities.ts';
import { questionAcronyms, typedSpans } from '../../src/answer/spans/typed-spans.ts';
import { contentStems } from '../../src/answer/terms.ts';

const texts = (spans: Array<{ text: string; class: string }>) =>
  spans.map((span) => `${span.class}:${span.text}`);

describe('span detectors', () => {
  test('dates: month and day, ranges, full dates, weekdays, relative days and bare years', () => {
    expect(
      texts(
        findDates(
          'It was commissioned Nov. 11, 1989, ran Nov. 3-13 and ended Monday, in 2021; see you yesterday.',
        ),
      ),
    ).toEqual(['date:Nov. 11, 1989', 'date:Nov. 3-13', 'date:Monday', 'date:yesterday', 'year:2021']);
  });

  test('dates: older years need a word that places a time; centuries and ranges of years are dates', () => {
    expect(
      texts(
        findDates(
          'The fort was built in 1754 and rebuilt in the 1790s, early in the 18th century; the war ran from 1562 to 1598.',
        ),
      ),
    ).toEqual(['date:18th century', 'date:from 1562 to 1598', 'year:1754', 'year:1790s']);
    // A four-digit count is not a year without the word before it that places a time.
    expect(texts(findDates('The garrison of 1500 troops held 1200 rounds.'))).toEqual([]);
    expect(
      texts(findDates('Norman rule began 1066 AD, at Bach Dang (1288), in the spring of 1329.')),
    ).toEqual(['year:1066 AD', 'year:1288', 'year:1329']);
    expect(texts(findDates('It rose to 1500 troops (1500 men).'))).toEqual([]);
  });

  test('a calendar day is a day of a month, a weekday or a relative day, not a month, a year or a century', () => {
    for (const day of [
      'May 29',
      'Nov. 3-13',
      'April 29-30, 2024',
      '29 May 2021',
      '2021-05-29',
      'Thursday',
      'yesterday',
    ]) {
      expect(namesCalendarDay(day), day).toBe(true);
    }
    for (const other of ['May 2021', 'next week', 'the 16th century', '2021', 'from 1562 to 1598']) {
      expect(namesCalendarDay(other), other).toBe(false);
    }
  });

  test('"what date" is answered by a day only: the year and "next week" beside it are no answer', () => {
    const sentence = 'In 2020 the centre opened; the minister visits next week, and the talks are on May 29.';
    const found = typedSpans(sentence, 'day', new Set(contentStems('On what date are the talks?')));
    expect(found.map((span) => span.text)).toEqual(['May 29']);
    const when = typedSpans(sentence, 'date', new Set(contentStems('When are the talks?')));
    expect(when.map((span) => span.text)).toEqual(expect.arrayContaining(['May 29', 'next week', '2020']));
  });

  test('quantities: money, percentages, durations and counts, not hull numbers or phone numbers', () => {
    expect(
      texts(
        findQuantities(
          'USS Reagan (CVN 76) fired more than 90 missiles, costing $4.7 billion, over 99% ready for seven years; call 509-247-5555.',
        ),
      ),
    ).toEqual(['money:$4.7 billion', 'percent:over 99%', 'duration:seven years', 'number:more than 90']);
  });

  test('names: people by title, organizations by suffix, places by gazetteer and apposition', () => {
    const spans = texts(
      findNames(
        'Lt. Gen. Thomas James met Sun Test Systems, Inc. staff at Redstone Arsenal, Huntsville, Ala., with the crew of USS Ronald Reagan.',
      ),
    );
    expect(spans).toContain('person:Lt. Gen. Thomas James');
    expect(spans).toContain('organization:Sun Test Systems, Inc.');
    expect(spans).toContain('place:Redstone Arsenal, Huntsville, Ala.');
    expect(spans).toContain('designation:USS Ronald Reagan');
  });

  test('names: a name ends where a date begins ("Kings Bay April 29"), but "Theresa May" stays whole', () => {
    expect(
      texts(
        findNames('The submarine returned to Naval Submarine Base Kings Bay April 29, after the patrol.'),
      ),
    ).toEqual(['place:Naval Submarine Base Kings Bay']);
    expect(texts(findNames('The ship left Norfolk Jan. 5 for Rota, Spain, on patrol.'))).toEqual([
      'place:Norfolk',
      'place:Rota, Spain',
    ]);
    expect(texts(findNames('He met Theresa May in London.'))).toEqual(['name:Theresa May', 'place:London']);
  });

  test('names: a sentence-opening word or a bare title is not a name', () => {
    expect(texts(findNames('Additionally, the Secretary spoke.'))).toEqual([]);
    expect(texts(findNames('Led by the 51st Network Operations Squadron, the team trained.'))).toEqual([
      'organization:51st Network Operations Squadron',
    ]);
  });
});

describe("spans that are the question's own subject under an abbreviation", () => {
  const stems = (question: string) => new Set(contentStems(question));

  test('a question spelling out "performance-based logistics" knows "PBL"; one writing "MLRS" knows its expansion', () => {
    expect(
      questionAcronyms('Which company does the performance-based logistics contract incentivize?'),
    ).toContain('PBL');
    expect(questionAcronyms('Which launcher can fire MLRS munitions?')).toContain('MLRS');
  });

  test('the expansion of an abbreviation the question uses is not offered as the answer', () => {
    const sentence =
      'The Multiple Launch Rocket System family is fired by the M270 launcher built by Lockmart Industries.';
    const question = 'Which company builds launchers for MLRS munitions?';
    const found = typedSpans(sentence, 'organization', stems(question), [], questionAcronyms(question)).map(
      (span) => span.text,
    );
    expect(found).not.toContain('Multiple Launch Rocket System');
    const without = typedSpans(sentence, 'organization', stems(question)).map((span) => span.text);
    expect(without.some((text) => text.includes('Multiple Launch Rocket System'))).toBe(true);
  });

  test('an abbreviation of words the question spells out is not offered either', () => {
    const question = 'Which company does the performance-based logistics contract incentivize?';
    const found = typedSpans(
      'The PBL contract incentivizes GE Aviation to manage the supply chain.',
      'organization',
      stems(question),
      [],
      questionAcronyms(question),
    ).map((span) => span.text);
    expect(found).not.toContain('PBL');
    expect(found).toContain('GE Aviation');
  });
});

describe('the words that spell out an abbreviation the question uses are its subject', () => {
  test('"Wireless-Guided (TOW)" is no answer to "who won the TOW contract?"', () => {
    const sentence =
      'The Army awarded Raytheon Technologies the contract for the Tube-launched Optically tracked, Wireless-Guided (TOW) Weapon System.';
    const question = 'Who won the TOW contract?';
    const found = typedSpans(
      sentence,
      'agent',
      new Set(contentStems(question)),
      [],
      questionAcronyms(question),
    ).map((span) => span.text);
    expect(found).toContain('Raytheon Technologies');
    expect(found).not.toContain('Wireless-Guided');
    // Another abbreviation in brackets leaves its spelling-out alone.
    const other = typedSpans(
      sentence,
      'agent',
      new Set(contentStems('Who won the contract?')),
      [],
      questionAcronyms('Who won the contract?'),
    );
    expect(other.map((span) => span.text)).toContain('Wireless-Guided');
  });
});

describe('a ship the question names is its subject, not its answer', () => {
  test('"USS Harlow" is left out when the question says "the Harlow strike group"', () => {
    const question = 'Which cruiser sailed with the Harlow strike group?';
    const found = typedSpans(
      'The aircraft carrier USS Harlow and the guided-missile cruiser USS Kestrel sailed on Monday.',
      'entity',
      new Set(contentStems(question)),
    ).map((span) => span.text);
    expect(found).not.toContain('USS Harlow');
    expect(found).toContain('USS Kestrel');
  });
});

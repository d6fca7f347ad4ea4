import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze.ts';
import { articleWith, fixtureArticle } from '../seed-article.ts';

const quotesOf = (name: string) =>
  analyzeArticle(fixtureArticle(name)).quotes.map(({ text, speaker, speakerShort, role }) => ({
    text,
    speaker,
    speakerShort,
    role,
  }));
const quotesIn = (body: string) => analyzeArticle(articleWith(body)).quotes;

describe('quote attribution', () => {
  test('after the quote: a surname takes the fullest name and the role of the first mention', () => {
    const [first, second, third, fourth] = quotesOf('after-attribution');
    expect(first).toEqual({
      text: 'Our sailors trained for months to be ready for this deployment,',
      speaker: 'Rear Adm. Jane Holloway',
      speakerShort: 'Holloway',
      role: 'commander, Carrier Strike Group 4',
    });
    expect(second).toMatchObject({ speaker: 'Capt. Luis Ortega', role: 'commanding officer, USS Gravely' });
    expect(third).toMatchObject({
      text: 'Our presence here reassures our allies.',
      speaker: 'Capt. Luis Ortega',
    });
    expect(fourth).toMatchObject({
      text: 'Straight quotation marks work just as well for this,',
      speaker: 'Master Chief Petty Officer Ann Cole',
      role: 'the command master chief',
    });
  });

  test('before the quote: the speaking subject of the sentence, or "X said:"', () => {
    expect(quotesOf('before-attribution')).toEqual([
      {
        text: 'envision a future in which space remains a platform for scientific collaboration.',
        speaker: 'General Philippe Lavigne',
        speakerShort: 'Lavigne',
        role: 'Supreme Allied Commander Transformation',
      },
      {
        text: 'The operations center will integrate space and ground segments from several vendors.',
        speaker: 'Dr. Maria Chen',
        speakerShort: 'Chen',
        role: 'the agency director',
      },
    ]);
  });

  test('a quote split around "he said", a continuation and a floating quote keep the speaker', () => {
    const quotes = quotesOf('split-and-continued');
    expect(quotes.map((quote) => quote.text)).toEqual([
      'The great success of this tour was that Airmen could talk about their work,',
      'and show the impact on our mission.',
      'We showcased every facet of the group,',
      'We had a diverse mix of Airmen from the flight line and the back shop.',
      'Those are the values we embrace every day and will keep,',
      'They allow us to move forward instead of resting on our success.',
    ]);
    expect(new Set(quotes.map((quote) => quote.speaker))).toEqual(new Set(['Col. David Wiesner']));
  });

  test('a paragraph that leaves a quote open continues into the next (AP style); pronouns find the last person', () => {
    const quotes = quotesOf('ap-continuation');
    expect(quotes.map(({ text, speakerShort }) => [text, speakerShort])).toEqual([
      ['Things were pretty quiet at the camp for most of the year,', 'Farr'],
      ['We had it good compared to years past.', 'Farr'],
      ['Good food, good housing, and the facilities were nice for everyone on the team.', 'Farr'],
      ['We had to identify those people, educate them, and then watch them be successful,', 'Maddaford'],
    ]);
    expect(quotes[3]?.speaker).toBe('Army Maj. David Maddaford');
  });

  test('skips titles, themes and scare quotes but keeps a short quote its speaker is credited with', () => {
    expect(quotesOf('not-quotes')).toEqual([
      { text: 'Space is hard,', speaker: 'Lt. Gen. Thomas James', speakerShort: 'James', role: null },
    ]);
  });

  test('"the secretary" is the secretary named before; a statement is credited to its organization', () => {
    expect(quotesOf('organizations').map(({ speaker, speakerShort }) => [speaker, speakerShort])).toEqual([
      ['Defense Secretary Chuck Hagel', 'Hagel'],
      ['Defense Secretary Chuck Hagel', 'Hagel'],
      ['White House statement', 'White House'],
    ]);
  });

  test('a quote nobody is credited with is left out', () => {
    expect(quotesIn('The sign read “Welcome to the base, please drive slowly and carefully.”')).toEqual([]);
  });

  test('mixed straight and curly marks pair up, and a quote inside a quote stays in it', () => {
    const [quote] = quotesIn(
      '"We work together to realize a “Free and Open Indo-Pacific” every day,” said Capt. Miyazaki Koji.',
    );
    expect(quote).toMatchObject({
      text: 'We work together to realize a “Free and Open Indo-Pacific” every day,',
      speaker: 'Capt. Miyazaki Koji',
    });
  });
});

import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze.ts';
import { SEED_ID, seedArticle } from '../seed-article.ts';

const JAMES = {
  speaker: 'Lt. Gen. Thomas James',
  speakerShort: 'James',
  role: 'U.S. Space Command deputy commander',
};
const WHITELEY = {
  speaker: 'Royal Air Force Air Commodore Darren Whiteley',
  speakerShort: 'Whiteley',
  role: 'USSPACECOM Strategy, Policy and Plans deputy director; exchange officer on the USSPACECOM staff',
};
const LAVIGNE = {
  speaker: 'General Philippe Lavigne',
  speakerShort: 'Lavigne',
  role: 'Supreme Allied Commander Transformation',
};

describe('quotes of the seed article', () => {
  const article = seedArticle();
  const { quotes } = analyzeArticle(article);

  test('finds exactly the seven quotations, in order, with speakers and roles', () => {
    expect(quotes.map(({ speaker, speakerShort, role }) => ({ speaker, speakerShort, role }))).toEqual([
      LAVIGNE,
      JAMES,
      JAMES,
      WHITELEY,
      WHITELEY,
      JAMES,
      JAMES,
    ]);
  });

  test('keeps the quoted words exactly, without the marks, nested single quotes inside', () => {
    expect(quotes.map((quote) => quote.text)).toEqual([
      'envision a future in which space remains a platform for scientific collaboration, environmental ' +
        'monitoring, and global prosperity. Here at NATO, we are committed to working with nations and ' +
        '‘partnering to win’ to secure that future through a collaborative approach built on innovation, ' +
        'resilience, and responsible progress.',
      'Given the rapidly advancing threats we collectively face, we must continue collaborating with our Allies ' +
        'here and think globally – teaming with our Allies and partners is an asymmetric advantage over competitors,',
      'It would be incredibly powerful to see greater defense and commercial integration and data-sharing of SDA ' +
        'at a global scale, giving us redundancies and creating complexities for our competitors.',
      'Several countries have made tremendous progress in space over the last few years setting up their own ' +
        'commands or centers and normalizing the domain,',
      'There is more of an awareness to remove unnecessary classification barriers to open conversations with ' +
        'Allies and Partners. And there are some Allies bringing niche policies and military options that we ' +
        'haven’t seen before, which is important to bringing synergy to operations.',
      'Space is hard,',
      'But hard is authorized … History has shown that when threatened by adversaries, being part of this ' +
        'alliance has had a transformative effect. We are encouraged by NATO’s efforts in space, and we look ' +
        'forward to collectively ensuring we have continued access to satellite capabilities so important to our ' +
        'way of life,',
    ]);
  });

  test('gives each quote its offsets in the body and a stable id', () => {
    for (const quote of quotes) {
      expect(article.body.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.id).toBe(`${SEED_ID}@${quote.start}`);
      expect(quote.articleId).toBe(SEED_ID);
    }
  });

  test('leaves out the panel title and the symposium theme', () => {
    const texts = quotes.map((quote) => quote.text).join('\n');
    expect(texts).not.toContain('The Importance of Space');
    expect(texts).not.toContain('Deterrence, Defence and Resilience');
  });
});

import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/analysis/sentences.ts';
import { seedArticle } from './seed-article.ts';

const texts = (body: string) => splitSentences(body).map((sentence) => sentence.text);

describe('splitSentences', () => {
  test('keeps ranks and titles with the name that follows', () => {
    const body =
      'Lt. Gen. Thomas James spoke first. Rear Adm. Will Pennington, Maj. Ann Lee, Capt. Fred Goldhammer, ' +
      'Cmdr. Joe Ruiz, Staff Sgt. Michael Cheek, Dr. Derek Tournear and Mr. Bush attended. They left.';
    expect(texts(body)).toEqual([
      'Lt. Gen. Thomas James spoke first.',
      'Rear Adm. Will Pennington, Maj. Ann Lee, Capt. Fred Goldhammer, Cmdr. Joe Ruiz, Staff Sgt. Michael ' +
        'Cheek, Dr. Derek Tournear and Mr. Bush attended.',
      'They left.',
    ]);
  });

  test('keeps abbreviations of places, months and numbers inside the sentence', () => {
    const body =
      'The U.S. Space Command center in Colorado Springs, Colo., opened Sept. 5 at Vandenberg Space Force Base, ' +
      'Calif. Va. Beach hosted No. 5 on Jan. 25, 2013, and Feb. 2. It ended in the U.S. The crowd left.';
    expect(texts(body)).toEqual([
      'The U.S. Space Command center in Colorado Springs, Colo., opened Sept. 5 at Vandenberg Space Force Base, ' +
        'Calif. Va. Beach hosted No. 5 on Jan. 25, 2013, and Feb. 2.',
      'It ended in the U.S.',
      'The crowd left.',
    ]);
  });

  test('keeps middle initials with the name', () => {
    expect(texts('Rear Adm. Michael H. Miller spoke. Vice Adm. John M. Richardson agreed.')).toEqual([
      'Rear Adm. Michael H. Miller spoke.',
      'Vice Adm. John M. Richardson agreed.',
    ]);
  });

  test('does not break after a dateline', () => {
    for (const dateline of [
      'PHILIPPINE SEA – ',
      'KABUL, Afghanistan (Jan. 25, 2013) ',
      'KINGS BAY, Ga. - ',
      'GRAND FORKS AIR FORCE BASE, N.D. – ',
    ]) {
      expect(texts(`${dateline}Ships from the strike group arrived. They stayed.`)).toEqual([
        `${dateline}Ships from the strike group arrived.`,
        'They stayed.',
      ]);
    }
  });

  test('keeps closing quotes and attributions with the quoted sentence', () => {
    const body =
      '“Space is hard.” James said. “Why now?” she asked. "It works." Then it stopped. ' +
      '“We trained. We are ready,” said Capt. Fred Goldhammer.';
    expect(texts(body)).toEqual([
      '“Space is hard.” James said.',
      '“Why now?” she asked.',
      '"It works."',
      'Then it stopped.',
      '“We trained.',
      'We are ready,” said Capt. Fred Goldhammer.',
    ]);
  });

  test('never lets a sentence cross a paragraph break, and numbers paragraphs from 0', () => {
    const body = 'First paragraph without a stop\n\nSecond one. Two sentences.';
    expect(splitSentences(body).map(({ text, paragraph }) => [text, paragraph])).toEqual([
      ['First paragraph without a stop', 0],
      ['Second one.', 1],
      ['Two sentences.', 1],
    ]);
  });

  test('gives offsets that point at the sentence text in the body', () => {
    const { body } = seedArticle();
    for (const sentence of splitSentences(body)) {
      expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  test('splits the seed article where a reader would', () => {
    const sentences = texts(seedArticle().body);
    expect(sentences[0]).toMatch(/^Lt\. Gen\. Thomas James, U\.S\. Space Command deputy commander,.*2024\.$/);
    expect(sentences).toContain(
      'These include the Joint Commercial Operations center in Colorado Springs, Colo., and the Commercial ' +
        'Integration Cell at the Combined Space Operations Center, Vandenberg Space Force Base, Calif., which is ' +
        'expected to grow in the future.',
    );
    expect(sentences).toContain(
      'Lt. Gen. James was invited to represent U.S. Space Command and participate in panel discussions.',
    );
    expect(sentences).toHaveLength(24);
  });
});

import { describe, expect, test } from 'vitest';
import { namesOnlySeniorRole, namesOnlySubordinateRole } from '../../src/answer/subordinate-role.ts';

const DEPUTY_ONLY =
  'Lt. Gen. Thomas James, U.S. Space Command deputy commander, represented the command in Toulouse.';

describe('namesOnlySubordinateRole', () => {
  test('a sentence naming only the deputy does not name the commander asked for', () => {
    expect(namesOnlySubordinateRole('Who is the commander of U.S. Space Command?', DEPUTY_ONLY)).toBe(true);
    expect(namesOnlySubordinateRole('Who commands U.S. Space Command?', DEPUTY_ONLY)).toBe(true);
  });

  test('vice, assistant and associate jobs, hyphenated or not, are other jobs too', () => {
    expect(
      namesOnlySubordinateRole(
        'Who is the president of the college?',
        'Dr. Ames, the vice-president, spoke.',
      ),
    ).toBe(true);
    expect(
      namesOnlySubordinateRole(
        'Who is the secretary of defense?',
        'Lisa Smith, deputy assistant secretary of defense, presented the award.',
      ),
    ).toBe(true);
  });

  test('an under secretary is not the secretary; "under" alone is no rank', () => {
    const under = 'The Under Secretary of Defense for Policy visited Patrol Base Stone.';
    expect(namesOnlySubordinateRole('Who is the Secretary of Defense?', under)).toBe(true);
    expect(namesOnlySubordinateRole('Who is the Under Secretary of Defense for Policy?', under)).toBe(false);
    expect(
      namesOnlySubordinateRole('Who is the commander?', 'The crew served under the commander, Capt. Lee.'),
    ).toBe(false);
  });

  test('the sentence also naming the job itself, or the question asking for the deputy, is an answer', () => {
    const both = 'Gen. Stephen Whiting, the commander, and his deputy commander, Lt. Gen. James, attended.';
    expect(namesOnlySubordinateRole('Who is the commander?', both)).toBe(false);
    expect(namesOnlySubordinateRole('Who is the deputy commander of U.S. Space Command?', DEPUTY_ONLY)).toBe(
      false,
    );
  });

  test('no job asked, or the job not mentioned, leaves the choice to the ranker', () => {
    // "Command" in a name asks for no commander.
    expect(namesOnlySubordinateRole('Who represented U.S. Space Command?', DEPUTY_ONLY)).toBe(false);
    expect(namesOnlySubordinateRole('Who is the director?', 'Maj. Lee spoke at the opening.')).toBe(false);
  });

  test('ranks are not jobs: "Vice Adm." commands a fleet', () => {
    expect(
      namesOnlySubordinateRole(
        'Which admiral commands 7th Fleet?',
        'Vice Adm. Karl Thomas, commander of 7th Fleet, met the crew.',
      ),
    ).toBe(false);
  });
});

describe('namesOnlySubordinateRole, "who leads X"', () => {
  test('asks for the top job, whatever it is called: deputies alone do not answer it', () => {
    const deputies =
      'Lt. Gen. Thomas James, U.S. Space Command deputy commander, and Air Commodore Darren Whiteley, deputy director, attended.';
    expect(namesOnlySubordinateRole('Who leads U.S. Space Command?', deputies)).toBe(true);
  });

  test('a sentence that says who leads answers it, whatever the job', () => {
    expect(
      namesOnlySubordinateRole(
        'Who led the delegation?',
        'Assistant Secretary Lisa Smith headed the delegation.',
      ),
    ).toBe(false);
    expect(
      namesOnlySubordinateRole(
        'Who led the exercise?',
        'Led by the deputy commander, the exercise ran a week.',
      ),
    ).toBe(false);
  });
});

describe('namesOnlySeniorRole: the deputy asked for, the job itself named', () => {
  test('"who is the deputy commander" is not answered by the commander', () => {
    const commander = 'said Rear Adm. James Kirk, commander of Carrier Strike Group 11.';
    expect(namesOnlySeniorRole('Who is the deputy commander of Carrier Strike Group 11?', commander)).toBe(
      true,
    );
    expect(namesOnlySeniorRole('Who is the commander of Carrier Strike Group 11?', commander)).toBe(false);
  });

  test('the deputy named, or the job not mentioned, is left to the ranker', () => {
    expect(
      namesOnlySeniorRole(
        "Who is DPAA's principal deputy director?",
        'Jane Roe, principal deputy director of DPAA, spoke.',
      ),
    ).toBe(false);
    expect(namesOnlySeniorRole('Who is the deputy commander?', 'Lt. Gen. James spoke in Toulouse.')).toBe(
      false,
    );
  });
});

/** The phrase a finding quotes is the words the reading rests on, as the learner said them. */
import { describe, expect, it } from 'vitest';
import { gradeCall } from '../../../src/scoring/index';
import { fakeAttempt, fakeLog, me, them } from './fakes';

function phrasesFor(line: string, dimension: 'composure' | 'politeness'): string[] {
  const card = gradeCall(
    fakeLog({
      attempts: [
        fakeAttempt({
          reached: 'receptionist',
          turns: [them('Northgate, how can I help?'), me(line)],
        }),
      ],
    }),
  );
  return card.findings
    .filter((f) => f.dimension === dimension && f.phrase !== undefined)
    .map((f) => f.phrase as string);
}

describe('the phrase a finding quotes', () => {
  it('is what the pressure rule found when the rule weighed most', () => {
    const line =
      'tell her its ryan kessler and that ive got two other offers so she needs to get back to me today';
    expect(phrasesFor(line, 'composure')).toEqual(["i've got two other offers"]);
  });

  it('is the name-calling itself for an insult', () => {
    expect(phrasesFor('Honestly, you people are a joke.', 'politeness')).toContain(
      'you people are a joke',
    );
  });

  it('is never a pair of small words when a telling word weighed as much', () => {
    const phrases = phrasesFor(
      'Sir, kindly give the confirmation today itself, I have to inform my current company.',
      'composure',
    );
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases).not.toContain('i have');
  });
});

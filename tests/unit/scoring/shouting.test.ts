import { describe, expect, it } from 'vitest';
import { gradeLine } from '../../../src/scoring/index';

describe('shouting and runs of marks', () => {
  it.each([
    'Thank you so much!!!',
    'Thanks again, have a great weekend!!!',
    "I'm so excited about this role!!!",
    'Bye, take care!!!',
  ])('does not call warm punctuation pushy: %s', (text) => {
    const g = gradeLine({ text, reached: 'interviewer' });
    expect(g.pushy).toBe(false);
    expect(g.politeness).toBeGreaterThanOrEqual(50);
  });

  it.each([
    "I'm calling about the UNICEF data role with the IATA team.",
    'This is Sam Lee about the NHS IT post, with the WHO liaison.',
    'Hello, I interviewed with Priya at ACME ANALYTICS on Monday.',
  ])('does not read acronyms and names in capitals as shouting: %s', (text) => {
    expect(gradeLine({ text }).pushy).toBe(false);
  });

  it.each([
    'I NEED AN ANSWER NOW',
    'WHY HAS NOBODY CALLED ME BACK',
    'Is the job still open or WHAT, I KEEP WAITING',
    'Hello??? Anyone going to tell me anything???',
    'Is the position still open???',
  ])('still finds real shouting and insistent marks pushy: %s', (text) => {
    expect(gradeLine({ text }).pushy).toBe(true);
  });
});

describe('capitals that are warmth', () => {
  it.each(['THANKS AGAIN, have a great day', 'Have a GREAT WEEK!'])(
    'are not taken for pressure: %s',
    (text) => {
      expect(gradeLine({ text, reached: 'interviewer' }).pushy).toBe(false);
    },
  );
});

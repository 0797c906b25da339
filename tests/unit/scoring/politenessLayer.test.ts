/** The phone-call layer of politeness: thanks and well-wishing count, courteous asks too. */
import { describe, expect, it } from 'vitest';
import { gradeAndRead } from '../../../src/scoring/gradeLine';
import { gradeLine } from '../../../src/scoring/index';

const score = (text: string) => gradeLine({ text }).politeness;

describe('politeness on the phone', () => {
  it('makes a plain thank-you sound polite', () => {
    expect(score('Thank you so much 🙏')).toBeGreaterThanOrEqual(60);
    expect(score('thank you that is really helpful')).toBeGreaterThanOrEqual(60);
  });

  it('makes a goodbye that wishes them well more polite than a bare bye', () => {
    expect(score('Have a lovely weekend.')).toBeGreaterThanOrEqual(60);
    expect(score('Take care, bye now.')).toBeGreaterThan(score('bye'));
  });

  it('reads a politely hedged ask with an adverb in the middle as courteous', () => {
    expect(score('I wanted to politely ask whether a decision has been made.')).toBeGreaterThan(
      score('Has a decision been made.'),
    );
    expect(score('Is there a better time I could call back?')).toBeGreaterThanOrEqual(60);
    expect(score("Please don't feel rushed, take your time.")).toBeGreaterThanOrEqual(40);
  });

  it('charges pressure only when the line means it: a denied push is not one', () => {
    const denied = "I'm not ringing to hurry you, and there's no need for an answer today.";
    const meant = "I'm ringing to hurry you along, I need an answer today.";
    expect(gradeLine({ text: denied }).intents).not.toContain('pressure');
    expect(gradeLine({ text: meant }).intents).toContain('pressure');
    expect(score(denied)).toBeGreaterThanOrEqual(40);
    expect(score(meant)).toBeLessThan(35);
  });

  it('charges a push the model heard as much as one a rule found: the line means one thing', () => {
    const jab =
      'Hi, Priya here about the analyst job. I was promised a call last week, so I suppose that got lost as well.';
    const plain = 'Hi, Priya here about the analyst job. I hope last week went well for you.';
    const { grade, reading } = gradeAndRead({ text: jab, reached: 'interviewer' });
    // No phrase rule says pressure here; the model does, and so the scorecard does.
    expect(reading.rules).not.toContain('pressure');
    expect(grade.intents).toContain('pressure');
    expect(grade.politeness).toBeLessThan(35);
    expect(gradeLine({ text: plain, reached: 'interviewer' }).politeness).toBeGreaterThanOrEqual(
      60,
    );
  });

  it('hears blaming oneself as an apology, and name-calling the listener as rude', () => {
    expect(score('I feel so stupid, I rang the wrong extension.')).toBeGreaterThanOrEqual(35);
    expect(score("Sorry, I'm such a muppet, wrong number.")).toBeGreaterThanOrEqual(35);
    expect(score('how silly of me, i read the date wrong')).toBeGreaterThanOrEqual(35);
    // Not self-blame: the listener is the one called names.
    expect(score("you're stupid")).toBeLessThan(35);
    expect(score('you make me feel stupid')).toBeLessThan(35);
    expect(score("I'm not stupid, you know.")).toBeLessThan(35);
  });
});

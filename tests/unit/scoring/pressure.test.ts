/** Pushiness (tip T4): the many ways a caller leans on the listener, and what is not pushy. */
import { describe, expect, it } from 'vitest';
import { gradeLine } from '../../../src/scoring/index';

const pushy = (text: string) => expect(gradeLine({ text }).pushy, text).toBe(true);
const calm = (text: string) => expect(gradeLine({ text }).pushy, text).toBe(false);

describe('pressure', () => {
  it('hears complaints that nobody calls back, in any word order', () => {
    pushy('I do not understand why no one has bothered to call me back.');
    pushy('Why you never return my calls?');
    pushy('Nobody had the courtesy to respond.');
    pushy('How come it takes so long?');
  });

  it('hears complaints about waiting and broken promises', () => {
    pushy('I waited already three weeks!');
    pushy("She said she'd ring me on Monday.");
    pushy('I expected a faster reply, frankly.');
    pushy('Honestly this is a bit much.');
  });

  it('hears reminders of how often they called', () => {
    pushy("I've rung twice today already.");
    pushy("I've called a couple of times now.");
    pushy('Fourth time calling, just so you know.');
  });

  it('hears insisting, keeping on calling and demands on the listener', () => {
    pushy("I'll keep ringing until I get her.");
    pushy('I am not going to stop calling.');
    pushy('Answer me, please.');
    pushy('I really need you to tell me today.');
    pushy("Don't tell me she's out, I know she's in.");
    pushy('Does she even read her messages?');
    pushy("I won't wait around much longer.");
  });

  it('hears waiting "over a week", open frustration and an answer wanted by a deadline', () => {
    pushy("I've been waiting more than two weeks now.");
    pushy('This is getting really frustrating.');
    pushy("I'd like a decision by tomorrow, please.");
    calm("I'd like an update whenever you have one.");
  });

  it('hears leverage and arguing with the decision', () => {
    pushy("There's an offer from another firm on the table.");
    pushy("You're making a huge mistake.");
  });

  it('does not flag patience, calm requests or everyday needs', () => {
    calm("I'm not in a hurry at all.");
    calm('No rush, whenever suits you.');
    calm('I just need to grab a pen.');
    calm("I haven't heard anything yet, so I thought I'd check in.");
    calm('I understand you have other candidates to see.');
    calm("You said you'd know more by Friday, so I wanted to check in.");
  });
});

describe('pressure and politeness', () => {
  it('costs a demand more politeness than open anxiety, and both stay pushy', () => {
    const anxious = gradeLine({ text: "Sorry, I just can't stop thinking about it." });
    const demand = gradeLine({ text: 'I want an answer today.' });
    expect(anxious.pushy).toBe(true);
    expect(demand.pushy).toBe(true);
    expect(anxious.politeness).toBeGreaterThan(demand.politeness + 10);
    expect(demand.tone).toBe('rude');
  });

  it('hears name-calling as an insult, the worst kind of line, and as pressure', () => {
    for (const text of [
      "Then you're idiots.",
      'you lot are totally useless',
      'What a bunch of amateurs.',
      'Your HR department is a joke.',
    ]) {
      const g = gradeLine({ text, reached: 'interviewer' });
      expect(g.insult, text).toBe(true);
      expect(g.pushy, text).toBe(true);
      expect(g.politeness, text).toBeLessThanOrEqual(10);
    }
    // At oneself, or in a courteous line, it is no insult to the listener.
    expect(gradeLine({ text: "I'm such an idiot, I forgot to say my name." }).insult).toBe(false);
    expect(gradeLine({ text: "You're so kind, thank you." }).insult).toBe(false);
  });

  it('does not take a courteous line that lost its commas for name-calling', () => {
    for (const text of [
      'thank you stupid question but when will i hear back',
      'sorry to bother you useless question really',
      'thanks so much to you jokes aside when can i expect news',
      'this office is hopeless to find ha ha',
    ]) {
      expect(gradeLine({ text, reached: 'interviewer' }).insult, text).toBe(false);
    }
  });

  it('hears name-calling in a line whose meaning was carried (typed in the app)', () => {
    const g = gradeLine({
      text: 'Then you are idiots, all of you.',
      intents: ['pressure'],
      reached: 'interviewer',
    });
    expect(g.insult).toBe(true);
    expect(g.politeness).toBeLessThanOrEqual(10);
  });
});

import { describe, expect, it } from 'vitest';
import { gradeLine } from '../../../src/scoring/index';
import { forParty } from '../../../src/scoring/intents';

describe('gradeLine', () => {
  it('counts words and fillers', () => {
    const g = gradeLine({ text: 'Um, so, like, I was, uh, wondering, you know, about the job.' });
    expect(g.words).toBe(12);
    expect(g.fillers).toBe(4);
  });

  it('does not count "like" in "I would like to" as a filler', () => {
    expect(gradeLine({ text: "I'd like to speak with Ms. Patel." }).fillers).toBe(0);
  });

  it('computes words per minute when seconds are given', () => {
    expect(
      gradeLine({ text: 'one two three four five six seven eight nine ten', seconds: 4 }).wpm,
    ).toBe(150);
    expect(gradeLine({ text: 'hello' }).wpm).toBeUndefined();
  });

  it('scores a courteous follow-up well above a pushy one', () => {
    const polite = gradeLine({
      text: 'Good morning, this is Sam Lee. Could you tell me whether the position is still open? Thank you so much.',
    });
    const pushy = gradeLine({ text: "I need an answer today. Why hasn't anyone called me back?" });
    expect(polite.politeness).toBeGreaterThanOrEqual(70);
    expect(pushy.politeness).toBeLessThan(35);
    expect(pushy.pushy).toBe(true);
    expect(pushy.intents).toContain('pressure');
  });

  it('flags a list of credentials but not one line of fit', () => {
    const recital = gradeLine({
      text: 'As I said, I have eight years of experience in logistics, an MBA, and I led a team of twelve.',
    });
    expect(recital.recitesCredentials).toBe(true);
    expect(recital.intents).toContain('recite_credentials');
    expect(
      gradeLine({ text: 'I think I would be a good fit for the team.' }).recitesCredentials,
    ).toBe(false);
  });

  it('lowers brevity for a rambling voicemail and keeps it for a short one', () => {
    const short = gradeLine({
      text: 'Hi, this is Sam about the analyst job; still keen. Thanks!',
      reached: 'voicemail',
      seconds: 12,
    });
    const long = gradeLine({ text: 'Hi '.repeat(150), reached: 'voicemail', seconds: 70 });
    expect(short.brevity).toBeGreaterThanOrEqual(95);
    expect(long.brevity).toBeLessThan(50);
  });

  it('keeps every score within 0-100 for an empty line', () => {
    const g = gradeLine({ text: '' });
    expect(g.words).toBe(0);
    expect(g.politeness).toBeGreaterThanOrEqual(0);
    expect(g.politeness).toBeLessThanOrEqual(100);
    expect(g.brevity).toBe(100);
  });
});

describe('gradeLine on a voicemail', () => {
  it('does not treat "calling for Mr. Hart" on a voicemail as asking to be put through', () => {
    const text =
      'Good afternoon, this is Ana Lima calling for Mr. Hart about the teaching assistant role.';
    expect(gradeLine({ text, reached: 'voicemail' }).intents).not.toContain('ask_for_person');
    expect(gradeLine({ text, reached: 'receptionist' }).intents).toContain('ask_for_person');
  });

  it('reads a voicemail line that passes anything on about the call as leaving a message', () => {
    const keen = 'hiya its rowan from the deli interview still dead keen cheers';
    expect(gradeLine({ text: keen, reached: 'voicemail' }).intents).toEqual(
      expect.arrayContaining(['identify', 'leave_message', 'express_interest']),
    );
    // The same words to a receptionist leave nothing for anyone.
    expect(gradeLine({ text: keen, reached: 'receptionist' }).intents).not.toContain(
      'leave_message',
    );
    // Getting the machine and giving up passes nothing on.
    for (const text of ['oh its the machine again ill try later', 'ugh. never mind.']) {
      expect(gradeLine({ text, reached: 'voicemail' }).intents).not.toContain('leave_message');
    }
  });

  it('makes a message of whatever a voicemail line tells the absent person, whoever read it', () => {
    expect(forParty(['greeting', 'identify', 'thanks'], 'voicemail')).toEqual([
      'greeting',
      'identify',
      'leave_message',
      'thanks',
    ]);
    expect(forParty(['ask_timeline'], 'voicemail')).toEqual(['leave_message', 'ask_timeline']);
    // A hello, a thank-you, a goodbye or a complaint alone is not a message.
    expect(forParty(['greeting', 'thanks', 'closing'], 'voicemail')).not.toContain('leave_message');
    expect(forParty(['pressure'], 'voicemail')).toEqual(['pressure']);
    // Nobody else hears a line as a message for that reason.
    expect(forParty(['identify', 'ask_status'], 'receptionist')).toEqual([
      'identify',
      'ask_status',
    ]);
  });
});

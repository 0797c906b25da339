import { describe, expect, it } from 'vitest';
import { classifyIntents } from '../../../src/scoring/index';

describe('classifyIntents', () => {
  it('finds several intents in one line', () => {
    const intents = classifyIntents(
      "Hi Ms. Patel, this is Sam Lee. I'm still very interested in the role. Has the position been filled? Thanks!",
    );
    expect(intents).toEqual(
      expect.arrayContaining(['greeting', 'identify', 'express_interest', 'ask_status', 'thanks']),
    );
  });

  it('recognises asking for the interviewer', () => {
    expect(classifyIntents('Could I speak with Priya Patel, please?')).toContain('ask_for_person');
    expect(classifyIntents('is mr. jones around?')).toContain('ask_for_person');
  });

  it('tells availability apart from the decision timeline', () => {
    expect(classifyIntents('When would she be available for a quick call?')).toContain(
      'ask_availability',
    );
    expect(classifyIntents('When would she be available for a quick call?')).not.toContain(
      'ask_timeline',
    );
    expect(classifyIntents('When do you expect to make a decision?')).toContain('ask_timeline');
    expect(classifyIntents('When do you expect to make a decision?')).not.toContain(
      'ask_availability',
    );
  });

  it('copes with casual phrasing, shorthand and missing apostrophes', () => {
    expect(classifyIntents('hey its jordan, any news on the job? thx')).toEqual(
      expect.arrayContaining(['greeting', 'identify', 'ask_status', 'thanks']),
    );
    expect(classifyIntents('im still super keen on the role')).toContain('express_interest');
  });

  it('does not read negated interest as interest', () => {
    expect(classifyIntents("I'm no longer interested in the position.")).not.toContain(
      'express_interest',
    );
  });

  it('recognises a callback number as leaving a message', () => {
    expect(classifyIntents('You can reach me at 555-201-3344.')).toContain('leave_message');
  });

  it('flags demands and complaints about waiting as pressure', () => {
    expect(classifyIntents('I need an answer by Friday or I take the other offer.')).toContain(
      'pressure',
    );
    expect(
      classifyIntents("Why hasn't anyone called me back? I've been waiting for two weeks."),
    ).toContain('pressure');
    expect(classifyIntents('This is my fourth message.')).toContain('pressure');
  });

  it('does not call a courteous status question pressure', () => {
    expect(
      classifyIntents('I was wondering if there is any update on the position?'),
    ).not.toContain('pressure');
  });

  it('recognises goodbyes', () => {
    expect(classifyIntents("Great, I'll let you go. Have a good afternoon!")).toContain('closing');
  });

  it('returns nothing for an empty line', () => {
    expect(classifyIntents('   ')).toEqual([]);
  });
});

describe('classifyIntents on spoken lines', () => {
  it('reads through fillers inside a phrase', () => {
    expect(
      classifyIntents(
        "So, um, I was wondering if, uh, you'd had a chance to, like, look at the candidates?",
      ),
    ).toContain('ask_status');
  });

  it('finds a name in an all-lower-case line but not an adjective', () => {
    expect(classifyIntents('hi its ahmed from the interview on tuesday')).toContain('identify');
    expect(classifyIntents('this is ridiculous, honestly.')).not.toContain('identify');
  });

  it('does not take "It is Thursday" for a name', () => {
    expect(classifyIntents("You said Monday. It's Thursday.")).not.toContain('identify');
  });
});

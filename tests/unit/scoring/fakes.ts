import type { Attempt, CallLog, Turn } from '../../../src/scoring/index';

/** A caller turn. */
export const me = (text: string, seconds?: number): Turn =>
  seconds === undefined ? { speaker: 'me', text } : { speaker: 'me', text, seconds };

/** The other side's turn. */
export const them = (text: string): Turn => ({ speaker: 'them', text });

/** An attempt with overrides; by default a good day-3 morning call to the interviewer. */
export function fakeAttempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    day: 3,
    time: '10:30',
    reached: 'interviewer',
    turns: goodInterviewerTurns(),
    ...overrides,
  };
}

/** A call log with overrides; by default one good interviewer call. */
export function fakeLog(overrides: Partial<CallLog> = {}): CallLog {
  return { attempts: [fakeAttempt()], ...overrides };
}

export function goodInterviewerTurns(): Turn[] {
  return [
    them('Priya Patel speaking.'),
    me(
      "Hello Ms. Patel, this is Sam Lee. I interviewed for the data analyst role on Monday, and I'm still very interested in it.",
      9,
    ),
    them('Nice to hear from you, Sam.'),
    me(
      'Could you tell me whether the position is still open, and when you expect to make a decision?',
      7,
    ),
    them('We are still interviewing, so it may take a while.'),
    me('I understand. Thank you very much for your time, have a good day!', 5),
  ];
}

export function goodVoicemailTurns(): Turn[] {
  return [
    them('You have reached Priya Patel. Please leave a message.'),
    me(
      "Hello Ms. Patel, this is Sam Lee calling about the data analyst position. I'm still very excited about the role. You can reach me at 555-014-2233. Thank you!",
      18,
    ),
  ];
}

export function goodReceptionistTurns(): Turn[] {
  return [
    them('Good morning, Acme Analytics.'),
    me('Good morning, this is Sam Lee. Could I speak with Priya Patel, please?'),
    them("I'm sorry, she's in a meeting right now."),
    me('No problem. When would be a good time to reach her? Thank you.'),
  ];
}

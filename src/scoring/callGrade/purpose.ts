/**
 * Purpose of each call (tips T2 and T3), judged by who answered. With the interviewer: say
 * who you are, that you are still interested, ask whether the job is filled or you are still
 * considered, ask the timeline if you are, and thank them. With a receptionist: ask for the
 * interviewer and, when they are out, when they will be free. On voicemail: name, role,
 * interest, how to reach you, thanks. Missing pieces are averaged over the judged calls.
 */
import type { Intent } from '../vocabulary';
import { type AttemptView, type CallContext, spoke } from './context';
import { hungUp, Ledger, type Note, noName, noThanks } from './ledger';

interface Need {
  ok: boolean;
  points: number;
  note: Omit<Note, 'attempt'>;
  /** The problem it is, when other dimensions' findings may be about the same thing. */
  problem?: (attempt: number) => string;
}

/** The thank-you belongs at the end: a missing one points at the caller's last turn. */
function thank(view: AttemptView, points: number): Need {
  const last = view.mine[view.mine.length - 1];
  return {
    ok: has(view, 'thanks'),
    points,
    note: { ...THANK, turn: last?.turn },
    problem: noThanks,
  };
}

function has(view: AttemptView, ...intents: Intent[]): boolean {
  return intents.some((i) => view.intents.has(i));
}

const IDENTIFY = {
  tip: 'T3',
  message: 'You did not say who you are or which interview you are calling about.',
  suggestion:
    'Start with your name and the role: "This is Sam Lee; I interviewed for the analyst role on Monday."',
} as const;

const THANK = {
  tip: 'T3',
  message: 'You did not thank them.',
  suggestion: 'End with "Thank you for your time."',
} as const;

function knownCaller(view: AttemptView): boolean {
  return view.recognised || has(view, 'identify');
}

function interviewerNeeds(view: AttemptView): Need[] {
  const t = view.their;
  if (t.busy && !has(view, 'ask_status', 'ask_timeline')) {
    return [
      { ok: knownCaller(view), points: 15, note: IDENTIFY, problem: noName },
      {
        // When they named a time to call back, agreeing to it is enough.
        ok: has(view, 'ask_availability') || t.callbackDays !== undefined,
        points: 20,
        note: {
          tip: 'T2',
          message: 'The interviewer was busy, and you did not ask when would be a better time.',
          suggestion: 'Ask: "When would be a good time for a brief call?"',
        },
      },
      thank(view, 10),
    ];
  }
  return [
    { ok: knownCaller(view), points: 15, note: IDENTIFY, problem: noName },
    {
      // A message that said so earlier the same day has told them already.
      ok: t.filled || has(view, 'express_interest') || view.interestPassedOn,
      points: 15,
      note: {
        tip: 'T3',
        message: 'You did not say you are still interested in the position.',
        suggestion: 'Say it plainly: "I\'m still very interested in the role."',
      },
    },
    {
      ok: t.statusGiven || has(view, 'ask_status'),
      points: 15,
      note: {
        tip: 'T3',
        message:
          'You did not ask whether the position is filled or you are still being considered.',
        suggestion:
          'Ask politely: "Is the position still open, and am I still under consideration?"',
      },
    },
    {
      ok: t.filled || t.timelineGiven || has(view, 'ask_timeline'),
      points: 10,
      note: {
        tip: 'T3',
        message: 'You did not ask when a decision is expected.',
        suggestion: 'Ask: "When do you expect to make a decision?"',
      },
    },
    thank(view, 15),
  ];
}

function receptionistNeeds(view: AttemptView): Need[] {
  const needs: Need[] = [
    { ok: knownCaller(view), points: 10, note: IDENTIFY, problem: noName },
    {
      ok: has(view, 'ask_for_person', 'ask_availability'),
      points: 20,
      note: {
        tip: 'T2',
        message: 'You did not ask to speak with the interviewer.',
        suggestion: `Ask for them by name: "Could I speak with ${view.names.interviewer}, please?"`,
      },
    },
    thank(view, 10),
  ];
  if (view.their.unavailable) {
    needs.push({
      // Nothing to ask when they already said when the interviewer is back or when to call.
      ok:
        has(view, 'ask_availability') ||
        view.their.callbackDays !== undefined ||
        view.their.returnGiven,
      points: 20,
      note: {
        tip: 'T2',
        message: 'The interviewer was unavailable, and you did not ask when they would be free.',
        suggestion: 'Ask: "When would be a good time to reach her for a brief call?"',
      },
    });
  }
  return needs;
}

function voicemailNeeds(view: AttemptView): Need[] {
  const named = view.mine.some((t) => t.givesName);
  return [
    {
      ok: named,
      points: has(view, 'identify') ? 10 : 20,
      problem: noName,
      note: {
        tip: 'T2',
        message: 'Your message did not say your name clearly.',
        suggestion: 'Begin: "Hello, this is Sam Lee, calling about the analyst position."',
      },
    },
    {
      ok: has(view, 'express_interest'),
      points: 15,
      note: {
        tip: 'T3',
        message: 'Your message did not say you are still interested.',
        suggestion: 'Add one sentence: "I\'m still very excited about the role."',
      },
    },
    {
      ok: has(view, 'leave_message'),
      points: 15,
      note: {
        tip: 'T2',
        message: 'Your message did not say how to reach you.',
        suggestion: 'Leave your number, slowly: "You can reach me at 555-0142."',
      },
    },
    thank(view, 10),
  ];
}

function needsOf(view: AttemptView): Need[] {
  switch (view.attempt.reached) {
    case 'interviewer':
      return interviewerNeeds(view);
    case 'receptionist':
      return receptionistNeeds(view);
    case 'voicemail':
      return voicemailNeeds(view);
    default:
      return [];
  }
}

/**
 * A call someone picked up (or a voicemail reached) in which the caller said nothing: they hung
 * up on the person, or left an empty message. It costs what the call's pieces are worth together.
 * Hanging up on a voicemail before the tone is fine once a message is already waiting (T2: one or
 * two voicemails at most); an empty recording after the tone never is.
 */
function silentNote(view: AttemptView, messagesLeft: number): Need | undefined {
  const reached = view.attempt.reached;
  const empty = view.mine[0]?.turn;
  if (reached === 'interviewer') {
    return {
      ok: false,
      points: 70,
      problem: hungUp,
      note: {
        tip: 'T3',
        turn: empty,
        message: 'The interviewer answered, and you hung up without saying why you called.',
        suggestion: `Once they answer, say who you are, that you are still interested, and ask where things stand: "Hello, this is ${view.names.caller}, following up on my interview…"`,
      },
    };
  }
  if (reached === 'receptionist') {
    return {
      ok: false,
      points: 40,
      problem: hungUp,
      note: {
        tip: 'T2',
        turn: empty,
        message: 'The receptionist answered, and you hung up without saying why you called.',
        suggestion: `Say who you are and ask for the interviewer: "This is ${view.names.caller}; could I speak with ${view.names.interviewer}, please?"`,
      },
    };
  }
  if (reached === 'voicemail') {
    if (empty !== undefined) {
      return {
        ok: false,
        points: 60,
        note: {
          tip: 'T2',
          turn: empty,
          message: 'You left an empty voicemail: nothing was said after the tone.',
          suggestion:
            'Either hang up before the tone, or leave a short message: your name, the role, your interest and your number.',
        },
      };
    }
    if (messagesLeft > 0) return undefined;
    return {
      ok: false,
      points: 30,
      note: {
        tip: 'T2',
        message:
          'You hung up on the voicemail without leaving a message, so they do not know you called.',
        suggestion:
          'Leave one short message: "This is Sam Lee about the analyst role; I\'m still very interested. You can reach me at 555-0142. Thank you."',
      },
    };
  }
  return undefined;
}

/** Grades whether each call did what a follow-up call is for. */
export function gradePurpose(ctx: CallContext): Ledger {
  const ledger = new Ledger('purpose');
  // Each answered call is judged: by what the caller said, or, when they said nothing, for that.
  let messagesLeft = 0;
  const judged: { view: AttemptView; needs: Need[]; silent: boolean }[] = [];
  for (const view of ctx.ordered) {
    if (view.attempt.reached === 'no_answer') continue;
    if (spoke(view)) {
      judged.push({ view, needs: needsOf(view), silent: false });
      if (view.attempt.reached === 'voicemail') messagesLeft++;
      continue;
    }
    const silent = silentNote(view, messagesLeft);
    if (silent) judged.push({ view, needs: [silent], silent: true });
  }
  for (const { view, needs, silent } of judged) {
    for (const need of needs) {
      if (!need.ok) {
        ledger.lose(need.points / judged.length, {
          ...need.note,
          attempt: view.index,
          ...(need.problem ? { problem: need.problem(view.index) } : {}),
        });
      }
    }
    if (!silent && needs.length > 0 && needs.every((n) => n.ok)) {
      ledger.praise({
        tip: view.attempt.reached === 'interviewer' ? 'T3' : 'T2',
        attempt: view.index,
        message:
          view.attempt.reached === 'receptionist'
            ? 'With the receptionist you asked for the interviewer and handled it well.'
            : view.attempt.reached === 'voicemail'
              ? 'Your voicemail had everything it needed: who you are, your interest, how to reach you, thanks.'
              : 'You covered what a follow-up is for: who you are, your interest, where things stand, and thanks.',
      });
    }
  }
  if (ctx.ordered.some((v) => v.attempt.reached === 'interviewer' && spoke(v))) {
    ledger.praise({ tip: 'T2', message: 'You reached the interviewer in person.' });
  }
  return ledger;
}

/**
 * Timing (tips T1 and T2): the first call two to three days after the interview, calls in
 * business hours, at most two voicemails spread over days, no redialling minutes apart, and
 * moving on after a long silence instead of calling on and on.
 */
import { type AttemptView, type CallContext, spoke } from './context';
import { Ledger } from './ledger';
import { judgeMovingOn } from './movingOn';

const OPEN = 9 * 60;
const CLOSE = 17 * 60;

function clock(view: AttemptView): string {
  return `day ${view.attempt.day} at ${view.attempt.time}`;
}

function judgeFirstCall(ledger: Ledger, first: AttemptView): void {
  const day = first.attempt.day;
  const at = { attempt: first.index };
  if (day === 0) {
    ledger.lose(40, {
      tip: 'T1',
      ...at,
      message:
        'You called on the same day as the interview. There is almost never news yet, and it can seem impatient.',
      suggestion: 'Wait two or three days before the first follow-up call.',
    });
  } else if (day === 1) {
    ledger.lose(25, {
      tip: 'T1',
      ...at,
      message:
        'You called the day after the interview, which is too soon: the employer is probably still deciding.',
      suggestion: 'Wait two or three days before the first follow-up call.',
    });
  } else if (day <= 7) {
    ledger.praise({
      tip: 'T1',
      ...at,
      message: `You waited ${day} days before the first call, giving the employer time to decide.`,
    });
  } else if (day <= 14) {
    ledger.lose(5, {
      tip: 'T1',
      ...at,
      message: `Your first call came ${day} days after the interview; a decision may already have been made.`,
      suggestion:
        'A first call two or three days after the interview keeps you in mind at the right time.',
    });
  } else {
    ledger.lose(10, {
      tip: 'T1',
      ...at,
      message: `Your first call came ${day} days after the interview, long after the two-to-three-day window.`,
      suggestion: 'Call two or three days after the interview, while the decision is still open.',
    });
  }
}

function judgeHours(ledger: Ledger, ordered: AttemptView[]): void {
  let allInHours = true;
  for (const view of ordered) {
    const m = view.minutes;
    if (m >= OPEN && m <= CLOSE) continue;
    allInHours = false;
    const edge = (m >= OPEN - 60 && m < OPEN) || (m > CLOSE && m <= CLOSE + 60);
    const night = m < 7 * 60 || m >= 20 * 60;
    ledger.lose(edge ? 5 : night ? 35 : 12, {
      tip: 'T2',
      attempt: view.index,
      message: edge
        ? `You called at ${view.attempt.time}, at the edge of the working day, when people are arriving or leaving.`
        : night
          ? `You called at ${view.attempt.time}, at night: nobody will pick up, and a late call intrudes on their evening.`
          : `You called at ${view.attempt.time}, outside business hours, so you are unlikely to reach a person and may seem intrusive.`,
      suggestion:
        'Call during business hours, roughly 9:00 to 17:00, when the interviewer can pick up.',
    });
  }
  if (allInHours && ordered.length > 0) {
    ledger.praise({ tip: 'T2', message: 'Every call was made during business hours.' });
  }
}

function judgeEarlyRepeats(ledger: Ledger, ordered: AttemptView[]): void {
  for (const view of ordered.slice(1)) {
    if (view.attempt.day >= 2) continue;
    ledger.lose(10, {
      tip: 'T1',
      attempt: view.index,
      message: `Another call on ${clock(view)} is still within two days of the interview.`,
      suggestion: 'Give the employer two or three days before calling at all.',
    });
  }
}

function judgeRedials(ledger: Ledger, ordered: AttemptView[]): void {
  let callsToday = 0;
  for (let i = 0; i < ordered.length; i++) {
    const view = ordered[i];
    const previous = ordered[i - 1];
    if (!view) continue;
    const sameDay = previous !== undefined && previous.attempt.day === view.attempt.day;
    callsToday = sameDay ? callsToday + 1 : 1;
    if (!sameDay || !previous) continue;
    const gap = view.minutes - previous.minutes;
    if (gap < 60) {
      ledger.lose(10, {
        tip: 'T2',
        attempt: view.index,
        message: `You redialled only ${gap} minute${gap === 1 ? '' : 's'} after the previous call on day ${view.attempt.day}; repeated calls in a row come across as anxious.`,
        suggestion: 'If nobody answers, try again on another day instead of redialling.',
      });
    } else if (callsToday >= 3) {
      ledger.lose(8, {
        tip: 'T2',
        attempt: view.index,
        message: `This was call number ${callsToday} on day ${view.attempt.day}; several calls in one day is too many.`,
        suggestion: 'One call a day at most; spread attempts over a couple of days.',
      });
    }
  }
}

function judgeCallbacks(ledger: Ledger, ordered: AttemptView[]): void {
  for (let i = 0; i + 1 < ordered.length; i++) {
    const asked = ordered[i];
    const next = ordered[i + 1];
    const days = asked?.their.callbackDays;
    if (!asked || !next || days === undefined) continue;
    const gap = next.attempt.day - asked.attempt.day;
    if (gap >= days) continue;
    ledger.lose(10, {
      tip: 'T1',
      attempt: next.index,
      message: `On day ${asked.attempt.day} you were asked to call back ${asked.their.callbackWhen ?? 'later'}, but you called again ${gap === 0 ? 'the same day' : `${gap} day${gap === 1 ? '' : 's'} later`}.`,
      suggestion:
        'When they name a time to call back, wait for it; calling earlier reads as impatient.',
    });
  }
}

function judgeVoicemails(ledger: Ledger, ordered: AttemptView[]): void {
  const left = ordered.filter((v) => v.attempt.reached === 'voicemail' && spoke(v));
  left.forEach((view, k) => {
    const before = left[k - 1];
    if (k >= 2) {
      ledger.lose(15, {
        tip: 'T2',
        attempt: view.index,
        message: `This was voicemail number ${k + 1}. More than one or two messages floods the interviewer's inbox and is likely to annoy.`,
        suggestion:
          'Leave one or two voicemails at most; after that, wait or turn to other openings.',
      });
    } else if (before && before.attempt.day === view.attempt.day) {
      ledger.lose(10, {
        tip: 'T2',
        attempt: view.index,
        message: `You left a second voicemail on the same day (day ${view.attempt.day}) as the first.`,
        suggestion: 'Spread voicemails over a couple of days.',
      });
    }
  });
  if (left.length > 0 && left.length <= 2) {
    const spread = left.length === 1 || left[0]?.attempt.day !== left[1]?.attempt.day;
    if (spread) {
      ledger.praise({
        tip: 'T2',
        message:
          left.length === 1
            ? 'You left a single voicemail rather than several.'
            : 'You kept to two voicemails, on different days.',
      });
    }
  }
}

/** Grades when and how often the caller called. */
export function gradeTiming(ctx: CallContext): Ledger {
  const ledger = new Ledger('timing');
  const first = ctx.ordered[0];
  if (!first) {
    ledger.lose(30, {
      tip: 'T2',
      message: ctx.log.movedOn
        ? 'You moved on without a single follow-up call.'
        : 'No follow-up call was made.',
      suggestion: 'One short call two or three days after the interview is worth making.',
    });
    return ledger;
  }
  judgeFirstCall(ledger, first);
  judgeEarlyRepeats(ledger, ctx.ordered);
  judgeHours(ledger, ctx.ordered);
  judgeRedials(ledger, ctx.ordered);
  judgeCallbacks(ledger, ctx.ordered);
  judgeVoicemails(ledger, ctx.ordered);
  judgeMovingOn(ledger, ctx);
  return ledger;
}

/**
 * Timing (tips T1 and T2): the first call two to three days after the interview, calls in
 * business hours, at most two voicemails spread over days, no redialling minutes apart, and
 * moving on after a long silence instead of calling on and on.
 */
import {
  type Calendar,
  type CallWindow,
  campaignMinute,
  DEFAULT_CALENDAR,
  dayLabel,
  isClosedDay,
  placeIn,
  weekdayName,
  weekdayOf,
  windowEndDay,
} from '../calendar';
import { parseTime } from '../time';
import { type AttemptView, type CallContext, spoke } from './context';
import { Ledger } from './ledger';
import { judgeMovingOn } from './movingOn';

/** A second voicemail sooner than this after the first floods the inbox, whatever the date. */
const VOICEMAIL_SPACING_MINUTES = 24 * 60;
/** Calls on this many days in a row are too many, even one a day. */
const DAYS_RUNNING = 4;
/** Calling back this many days after a stated window has closed is late. */
const LATE_AFTER_WINDOW_DAYS = 3;
/** A first call this many days after the promised decision is late. */
const LATE_AFTER_DECISION_DAYS = 7;

/** "day 3 at 10:00", or with a calendar "Thu · day 3 at 10:00". */
function clockOf(calendar: Calendar | undefined, view: AttemptView): string {
  const day = calendar ? dayLabel(calendar, view.attempt.day) : `day ${view.attempt.day}`;
  return `${day} at ${view.attempt.time}`;
}

function judgeFirstCall(ledger: Ledger, first: AttemptView, decision?: CallWindow): void {
  const day = first.attempt.day;
  const at = { attempt: first.index };
  const decidedBy = decision ? windowEndDay(decision) : undefined;
  if (day >= 2 && decision && decidedBy !== undefined) {
    // The interview said when news would come: a call after that is a fair question, not late.
    if (day <= decidedBy + LATE_AFTER_DECISION_DAYS) {
      ledger.praise({
        tip: 'T1',
        ...at,
        message: `You waited ${day} days before the first call, in line with being told the decision would come ${decision.says}.`,
      });
    } else {
      ledger.lose(5, {
        tip: 'T1',
        ...at,
        message: `Your first call came ${day} days after the interview, well after the decision was due (${decision.says}).`,
        suggestion:
          'When news does not come by the promised time, a polite call a day or two later is right.',
      });
    }
    return;
  }
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

function judgeHours(ledger: Ledger, ordered: AttemptView[], calendar: Calendar | undefined): void {
  const OPEN = parseTime((calendar ?? DEFAULT_CALENDAR).open) ?? 9 * 60;
  const CLOSE = parseTime((calendar ?? DEFAULT_CALENDAR).close) ?? 17 * 60;
  let allInHours = true;
  for (const view of ordered) {
    const m = view.minutes;
    if (calendar && isClosedDay(calendar, view.attempt.day)) {
      allInHours = false;
      const weekday = weekdayName(weekdayOf(calendar, view.attempt.day));
      ledger.lose(20, {
        tip: 'T2',
        attempt: view.index,
        message: `You called on a ${weekday} (${clockOf(calendar, view)}), when the office is closed: nobody will pick up.`,
        suggestion: `Call on a working day, between ${calendar.open} and ${calendar.close}.`,
      });
      continue;
    }
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
      suggestion: calendar
        ? `Call during office hours, ${calendar.open} to ${calendar.close}, when the interviewer can pick up.`
        : 'Call during business hours, roughly 9:00 to 17:00, when the interviewer can pick up.',
    });
  }
  if (allInHours && ordered.length > 0) {
    ledger.praise({ tip: 'T2', message: 'Every call was made during business hours.' });
  }
}

function judgeEarlyRepeats(ledger: Ledger, ordered: AttemptView[], calendar?: Calendar): void {
  for (const view of ordered.slice(1)) {
    if (view.attempt.day >= 2) continue;
    ledger.lose(10, {
      tip: 'T1',
      attempt: view.index,
      message: `Another call on ${clockOf(calendar, view)} is still within two days of the interview.`,
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

/**
 * The call after one that set a time: inside it is right, before it early, long after it late.
 * A window authored on the scenario's node (carried in the log) is used; without one, the
 * callback time read from their words.
 */
function judgeWindows(
  ledger: Ledger,
  ordered: AttemptView[],
  calendar: Calendar | undefined,
  closedAfter: boolean,
): void {
  for (let i = 0; i < ordered.length; i++) {
    const view = ordered[i] as AttemptView;
    const next = ordered[i + 1];
    for (const w of view.attempt.windows ?? []) {
      if (!next) {
        if (w.kind === 'promise' && closedAfter) {
          ledger.lose(5, {
            tip: 'T2',
            attempt: view.index,
            message: `You said you would call ${w.says}, and did not call again.`,
            suggestion:
              'Keep a promise to call, or do not make one: "I\'ll wait to hear from you."',
          });
        }
        continue;
      }
      const place = placeIn(w, next.attempt.day, next.attempt.time);
      const when = clockOf(calendar, next);
      if (w.kind === 'promise') {
        if (place === 'inside') {
          ledger.praise({
            tip: 'T2',
            attempt: next.index,
            message: `You called ${w.says}, as you said you would.`,
          });
        } else {
          ledger.lose(8, {
            tip: 'T2',
            attempt: next.index,
            message: `You said you would call ${w.says}, but called ${place === 'early' ? 'earlier' : 'later'}, on ${when}.`,
            suggestion: 'Call when you said you would: it shows you are reliable.',
          });
        }
        continue;
      }
      const what =
        w.kind === 'decision' ? `the decision would come ${w.says}` : `to call back ${w.says}`;
      if (place === 'early') {
        ledger.lose(10, {
          tip: 'T1',
          attempt: next.index,
          message: `You were told ${what}, but called again on ${when}, before then.`,
          suggestion:
            w.kind === 'decision'
              ? 'Wait until the decision is due; calling before it reads as impatient.'
              : 'When they name a time to call back, wait for it; calling earlier reads as impatient.',
        });
      } else if (place === 'inside' || w.kind === 'decision') {
        const end = windowEndDay(w);
        const late =
          place === 'late' && end !== undefined && next.attempt.day > end + LATE_AFTER_WINDOW_DAYS;
        if (!late) {
          ledger.praise({
            tip: 'T1',
            attempt: next.index,
            message: `You were told ${what}, and called on ${when}: right on time.`,
          });
        }
      } else {
        const end = windowEndDay(w);
        if (end !== undefined && next.attempt.day > end + LATE_AFTER_WINDOW_DAYS) {
          ledger.lose(5, {
            tip: 'T1',
            attempt: next.index,
            message: `You were told ${what}, but waited until ${when}, long after.`,
            suggestion: 'Call back in the window they gave you, while it is fresh.',
          });
        }
      }
    }
  }
}

function judgeCallbacks(ledger: Ledger, ordered: AttemptView[]): void {
  for (let i = 0; i + 1 < ordered.length; i++) {
    const asked = ordered[i];
    const next = ordered[i + 1];
    const days = asked?.their.callbackDays;
    if (!asked || !next || days === undefined) continue;
    // An authored window says it better than the words do.
    if ((asked.attempt.windows ?? []).some((w) => w.kind !== 'promise')) continue;
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
    } else if (before) {
      const gap =
        campaignMinute(view.attempt.day, view.attempt.time) -
        campaignMinute(before.attempt.day, before.attempt.time);
      if (gap < VOICEMAIL_SPACING_MINUTES) {
        const hours = Math.round(gap / 6) / 10;
        ledger.lose(8, {
          tip: 'T2',
          attempt: view.index,
          message: `Your second voicemail came only ${hours} hours after the first, overnight: that is not spread over days.`,
          suggestion: 'Leave a day or two between messages.',
        });
      }
    }
  });
  if (left.length > 0 && left.length <= 2) {
    const a = left[0]?.attempt;
    const b = left[1]?.attempt;
    const spread =
      left.length === 1 ||
      (a !== undefined &&
        b !== undefined &&
        campaignMinute(b.day, b.time) - campaignMinute(a.day, a.time) >= VOICEMAIL_SPACING_MINUTES);
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

/** Calls on many days running read as over-eager, however polite each one is. */
function judgeDaysRunning(ledger: Ledger, ordered: AttemptView[]): void {
  const days = [...new Set(ordered.map((v) => v.attempt.day))].sort((a, b) => a - b);
  let run = 1;
  for (let i = 1; i < days.length; i++) {
    run = days[i] === (days[i - 1] as number) + 1 ? run + 1 : 1;
    if (run === DAYS_RUNNING) {
      const view = ordered.find((v) => v.attempt.day === days[i]);
      ledger.lose(8, {
        tip: 'T2',
        ...(view ? { attempt: view.index } : {}),
        message: `You called on ${DAYS_RUNNING} days running (days ${days[i - 3]} to ${days[i]}); that reads as over-eager.`,
        suggestion: 'Leave a few days between follow-ups.',
      });
      return;
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
  const calendar = ctx.log.calendar;
  judgeFirstCall(ledger, first, ctx.log.decision);
  judgeEarlyRepeats(ledger, ctx.ordered, calendar);
  judgeHours(ledger, ctx.ordered, calendar);
  judgeRedials(ledger, ctx.ordered);
  judgeWindows(ledger, ctx.ordered, calendar, ctx.log.movedOn === false);
  judgeCallbacks(ledger, ctx.ordered);
  judgeVoicemails(ledger, ctx.ordered);
  judgeDaysRunning(ledger, ctx.ordered);
  judgeMovingOn(ledger, ctx);
  return ledger;
}

/**
 * Moving on (tip T2): after a couple of unanswered voicemails and a long silence, or once the
 * post is filled, the caller should put their time into other openings. Calling on is
 * penalised; stopping at the right moment is credited; giving up after one try is not ideal.
 */
import { type AttemptView, type CallContext, spoke } from './context';
import type { Ledger } from './ledger';

/** Days after the interview from which a silence counts as long. */
export const LONG_SILENCE_DAY = 10;

interface Silence {
  voicemails: number;
  /** Attempts since the last talk with the interviewer that did not reach them. */
  unanswered: number;
  filled: boolean;
  discouraged: boolean;
  everTalked: boolean;
}

function isLong(s: Silence, day: number): boolean {
  return (s.voicemails >= 2 || s.unanswered >= 3) && day >= LONG_SILENCE_DAY;
}

function update(s: Silence, view: AttemptView): void {
  const reached = view.attempt.reached;
  if (view.their.filled) s.filled = true;
  if (view.their.discouraged) s.discouraged = true;
  if (reached === 'interviewer' && spoke(view)) {
    s.voicemails = 0;
    s.unanswered = 0;
    s.everTalked = true;
    return;
  }
  // Anything short of the interviewer (voicemail, no answer, a receptionist) leaves them silent.
  s.unanswered++;
  if (reached === 'voicemail' && spoke(view)) s.voicemails++;
}

/** "Moved on after a single try", worded by what that one call reached. */
function singleTryMessage(view: AttemptView): string {
  switch (view.attempt.reached) {
    case 'no_answer':
      return 'You moved on after a single unanswered try, which may be too soon.';
    case 'voicemail':
      return 'You moved on after a single call that only reached voicemail, which may be too soon.';
    case 'receptionist':
      return 'You moved on after a single call that only reached the receptionist, which may be too soon.';
    default:
      return 'You moved on after a single call in which you did not talk with the interviewer, which may be too soon.';
  }
}

/** Penalises calling on after silence or a filled post; credits moving on at the right time. */
export function judgeMovingOn(ledger: Ledger, ctx: CallContext): void {
  const s: Silence = {
    voicemails: 0,
    unanswered: 0,
    filled: false,
    discouraged: false,
    everTalked: false,
  };
  for (const view of ctx.ordered) {
    const day = view.attempt.day;
    if (s.filled) {
      ledger.lose(15, {
        tip: 'T2',
        attempt: view.index,
        message: 'You called again after being told the position was filled.',
        suggestion: 'Thank them, and put your energy into other openings.',
      });
    } else if (s.discouraged) {
      ledger.lose(15, {
        tip: 'T2',
        attempt: view.index,
        message: 'You called again after being told, in effect, not to keep waiting on this role.',
        suggestion: 'Take the hint kindly and put your time into other opportunities.',
      });
    } else if (isLong(s, day)) {
      ledger.lose(15, {
        tip: 'T2',
        attempt: view.index,
        message: `By day ${day} your earlier messages had gone unanswered; calling again keeps pressing after a long silence.`,
        suggestion:
          'After one or two unanswered voicemails and a long silence, focus on other opportunities.',
      });
    } else if (s.unanswered >= 4) {
      ledger.lose(10, {
        tip: 'T2',
        attempt: view.index,
        message: `This was another try after ${s.unanswered} unanswered calls; calling on and on reads as over-eager.`,
        suggestion: 'Space out your attempts and stop after a couple of unanswered calls.',
      });
    }
    update(s, view);
  }
  const last = ctx.ordered[ctx.ordered.length - 1];
  if (!last) return;
  const shouldStop =
    s.filled || isLong(s, last.attempt.day) || s.voicemails >= 2 || s.unanswered >= 3;
  if (ctx.log.movedOn === true) {
    if (shouldStop) {
      ledger.praise({
        tip: 'T2',
        message: s.filled
          ? 'Once the post was filled you stopped calling and moved on.'
          : 'After your calls went unanswered you moved on to other opportunities instead of calling on.',
      });
    } else if (!s.everTalked && s.unanswered <= 1 && last.attempt.day < 7) {
      const only = ctx.ordered[0] ?? last;
      ledger.lose(5, {
        tip: 'T2',
        attempt: only.index,
        message: singleTryMessage(only),
        suggestion: 'Try once more on another day, or leave one short voicemail, before moving on.',
      });
    }
  } else if (
    ctx.log.movedOn === false &&
    (s.filled || s.discouraged || isLong(s, last.attempt.day))
  ) {
    ledger.lose(10, {
      tip: 'T2',
      attempt: last.index,
      message: s.filled
        ? 'The post is filled, yet you plan to keep following up.'
        : 'Your messages have gone unanswered for a long time, yet you plan to keep calling.',
      suggestion: 'It is time to focus on other opportunities.',
    });
  }
}

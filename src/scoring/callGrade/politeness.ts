/**
 * Politeness of the call: a greeting, your name, please / thank you, thanks at the close, and
 * no pressure or curt lines. Missing courtesies are averaged over the attempts where someone
 * could hear them; every curt or pushy line costs in full.
 */
import { normalise } from '../text';
import type { LineGrade } from '../types';
import { type CallContext, spoke } from './context';
import { hungUp, Ledger, noName, noThanks, roughLine } from './ledger';
import { atFault, quote } from './quote';

/** Below this politeness a line is curt (a finding here, and "poor" in the line review). */
const CURT_BELOW = 40;

/** True for a line curt enough to cost politeness (and to make its review poor). */
export function isCurt(g: Pick<LineGrade, 'words' | 'politeness'>): boolean {
  return g.words > 0 && g.politeness < CURT_BELOW;
}
/** Hanging up on a person without a word costs like a pushy line. */
const HUNG_UP = 20;

/** Grades the courtesy of the caller's turns. */
export function gradePoliteness(ctx: CallContext): Ledger {
  const ledger = new Ledger('politeness');
  const judged = ctx.ordered.filter((v) => spoke(v) && v.attempt.reached !== 'no_answer');
  const n = judged.length;
  let rough = false;
  // A person answered and the caller hung up without a word (a voicemail is nobody to offend).
  for (const view of ctx.ordered) {
    const reached = view.attempt.reached;
    if (spoke(view) || (reached !== 'interviewer' && reached !== 'receptionist')) continue;
    rough = true;
    ledger.lose(HUNG_UP, {
      tip: 'T4',
      problem: hungUp(view.index),
      attempt: view.index,
      turn: view.mine[0]?.turn,
      message: `The ${reached} answered, and you hung up without a word, which comes across as rude.`,
      suggestion:
        'Even if you are caught off guard, say hello and who you are, or "Sorry, I\'ll call back later. Thank you."',
    });
  }
  for (const view of judged) {
    const at = view.index;
    const last = view.mine[view.mine.length - 1];
    if (!view.intents.has('greeting')) {
      ledger.lose(8 / n, {
        tip: 'T3',
        attempt: at,
        turn: view.mine[0]?.turn,
        message: 'You launched in without a greeting.',
        suggestion: 'Open with "Hello" or "Good morning" before anything else.',
      });
    }
    // A receptionist is asked only for the interviewer or a good time (T2); not naming yourself
    // to them is a gap in the call's purpose (said there), not a discourtesy.
    if (
      view.attempt.reached !== 'receptionist' &&
      !view.recognised &&
      !view.mine.some((t) => t.givesName)
    ) {
      ledger.lose(6 / n, {
        tip: 'T3',
        problem: noName(at),
        attempt: at,
        turn: view.mine[0]?.turn,
        message: 'You never said your name on this call.',
        suggestion: 'Say it early: "This is Sam Lee."',
      });
    }
    const saidPlease = view.mine.some((t) => /\bplease\b/.test(normalise(t.grade.text)));
    if (!view.intents.has('thanks') && !saidPlease) {
      ledger.lose(8 / n, {
        tip: 'T3',
        problem: noThanks(at),
        attempt: at,
        turn: last?.turn,
        message: 'There was no "please" or "thank you" anywhere on this call.',
        suggestion: 'A "please" with your question and a "thank you" at the end go a long way.',
      });
    }
    if (last && !last.grade.intents.includes('thanks')) {
      ledger.lose(6 / n, {
        tip: 'T3',
        problem: noThanks(at),
        attempt: at,
        turn: last.turn,
        message: 'The call did not end with a thank-you.',
        suggestion: 'Close with "Thank you for your time."',
      });
    }
    for (const t of view.mine) {
      const problem = roughLine(at, t.turn);
      const here = { tip: 'T4', problem, attempt: at, turn: t.turn } as const;
      if (t.grade.insult) {
        rough = true;
        const { quoted, ...phrase } = atFault(t, 'insult');
        ledger.lose(40, {
          ...here,
          ...phrase,
          message: `${quoted} insults the listener: nothing does more harm on a follow-up call.`,
          suggestion:
            'However frustrated you are, stay courteous: "I understand. Thank you for letting me know."',
        });
      } else if (t.grade.pushy) {
        rough = true;
        const { quoted, ...phrase } = atFault(t, 'pressure');
        ledger.lose(20, {
          ...here,
          ...phrase,
          message: `${quoted} pressures the listener, which comes across as rude.`,
          suggestion: 'Ask instead of demanding: "Could you tell me where things stand?"',
        });
      } else if (isCurt(t.grade)) {
        rough = true;
        ledger.lose((CURT_BELOW - t.grade.politeness) / 2 + 4, {
          tip: 'T4',
          problem,
          attempt: at,
          turn: t.turn,
          message: `${quote(t.grade.text)} sounds curt (politeness ${t.grade.politeness}/100).`,
          suggestion: 'Soften it: "Could you…", "I was wondering…", and a "please".',
        });
      }
    }
  }
  if (n > 0 && !rough) {
    ledger.praise({ tip: 'T4', message: 'Your tone stayed courteous throughout.' });
  }
  if (ctx.log.thankYouNote === true) {
    ledger.praise({ tip: 'T0', message: 'You sent a thank-you note after the interview.' });
  } else if (ctx.log.thankYouNote === false) {
    ledger.lose(3, {
      tip: 'T0',
      message: 'You did not send a thank-you note after the interview.',
      suggestion: 'A short thank-you note the day after the interview is a good first step.',
    });
  }
  return ledger;
}

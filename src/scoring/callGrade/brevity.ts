/**
 * Brevity of the call (tip T3): short turns, a voicemail of about 20-30 seconds, a short
 * conversation overall, and no reciting of credentials.
 */
import { lengthLoss, WORDS_PER_SECOND } from '../brevity';
import { RECITAL_SCORE } from '../credentials';
import type { CallContext, MyTurn } from './context';
import { Ledger } from './ledger';
import { phraseFor, quote } from './quote';

const VOICEMAIL_SECONDS = 30;
const CALL_WORDS = 150;

function secondsOf(turn: MyTurn): number {
  return turn.seconds ?? turn.grade.words / WORDS_PER_SECOND;
}

/** Grades how brief the caller kept every turn and message. */
export function gradeBrevity(ctx: CallContext): Ledger {
  const ledger = new Ledger('brevity');
  let recited = false;
  // Single points of fit, one per turn, that no turn alone makes a recital.
  const points: { view: number; turn: MyTurn }[] = [];
  for (const view of ctx.ordered) {
    if (view.mine.length === 0) continue;
    const reached = view.attempt.reached;
    ledger.applies = true;
    for (const t of view.mine) {
      if (!t.grade.recitesCredentials && (t.grade.sellingPoints ?? 0) > 0) {
        points.push({ view: view.index, turn: t });
      }
      if (t.grade.recitesCredentials) {
        recited = true;
        const phrase = phraseFor(t, 'recite_credentials');
        ledger.lose(15, {
          tip: 'T3',
          attempt: view.index,
          turn: t.turn,
          ...(phrase ? { phrase } : {}),
          message: `Here you recite your qualifications (${quote(t.grade.text)}); the interview already covered them.`,
          suggestion:
            'Skip the résumé. One sentence is enough: "I\'m still very interested in the role."',
        });
      }
    }
    if (reached === 'voicemail') {
      const total = view.mine.reduce((sum, t) => sum + secondsOf(t), 0);
      const words = view.mine.reduce((sum, t) => sum + t.grade.words, 0);
      const estimated = view.mine.some((t) => t.seconds === undefined);
      const label = `${Math.round(total)} seconds${estimated ? ' (estimated from its length)' : ''}`;
      if (total > VOICEMAIL_SECONDS) {
        ledger.lose(Math.min(30, 5 + (total - VOICEMAIL_SECONDS)), {
          tip: 'T3',
          attempt: view.index,
          turn: view.mine[0]?.turn,
          message: `Your voicemail ran about ${label}, ${words} words; aim for 20 to 30 seconds.`,
          suggestion:
            'Say your name, the role, that you are still interested, your number, and thanks, then hang up.',
        });
      } else if (total >= 10) {
        ledger.praise({
          tip: 'T3',
          attempt: view.index,
          message: `Your voicemail was short, about ${label}.`,
        });
      }
      continue;
    }
    const party = reached === 'no_answer' ? 'interviewer' : reached;
    let callWords = 0;
    let longTurns = 0;
    for (const t of view.mine) {
      callWords += t.grade.words;
      const loss = lengthLoss(t.grade.words, t.seconds, party) / 3;
      if (loss < 2) continue;
      longTurns++;
      ledger.lose(loss, {
        tip: 'T3',
        attempt: view.index,
        turn: t.turn,
        message: `This turn runs long (${t.grade.words} words${t.seconds ? `, ${Math.round(t.seconds)} seconds` : ''}).`,
        suggestion:
          party === 'receptionist'
            ? 'With a receptionist, one or two sentences: who you are and who you would like to speak to.'
            : 'Keep each turn to a sentence or two; let the interviewer talk.',
      });
    }
    if (callWords > CALL_WORDS) {
      ledger.lose(10, {
        tip: 'T3',
        attempt: view.index,
        message: `Altogether you spoke about ${callWords} words on this call; a follow-up should be a short call.`,
        suggestion: 'Cover interest, status, timeline and thanks, then let them go.',
      });
    } else if (longTurns === 0) {
      ledger.praise({
        tip: 'T3',
        attempt: view.index,
        message: 'You kept this call short and to the point.',
      });
    }
  }
  const added = points.reduce((sum, p) => sum + (p.turn.grade.sellingPoints ?? 0), 0);
  const last = points.at(-1);
  if (!recited && points.length >= 2 && added >= RECITAL_SCORE && last) {
    recited = true;
    ledger.lose(10, {
      tip: 'T3',
      attempt: last.view,
      turn: last.turn.turn,
      message: `Turn by turn you made ${points.length} separate points about your qualifications (${points
        .slice(0, 3)
        .map((p) => quote(p.turn.grade.text, 40))
        .join(', ')}); together they re-argue the interview.`,
      suggestion:
        'The interview covered your qualifications. Make one short point of fit at most, then ask about the decision.',
    });
  }
  if (ledger.applies && !recited) {
    ledger.praise({ tip: 'T3', message: 'You did not re-argue your qualifications.' });
  }
  return ledger;
}

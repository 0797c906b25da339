/**
 * Composure (tip T4): confident, proactive and relaxed. Pressure and open anxiety cost the
 * most; heavy fillers, a rushed pace and piled-up apologies cost a little each.
 */
import { normalise } from '../text';
import type { CallContext } from './context';
import { Ledger, roughLine } from './ledger';
import { atFault } from './quote';

const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies|forgive me)\b/g;
// Relaxed conversation runs at about 130-170 words a minute; past 200 it sounds rushed.
const FAST_WPM = 200;

function apologies(text: string): number {
  APOLOGY.lastIndex = 0;
  let n = 0;
  while (APOLOGY.exec(normalise(text)) !== null) n++;
  return n;
}

/** Grades whether the caller stayed calm and confident. */
export function gradeComposure(ctx: CallContext): Ledger {
  const ledger = new Ledger('composure');
  let pushy = false;
  let fillerLoss = 0;
  for (const view of ctx.ordered) {
    if (view.mine.length > 0) ledger.applies = true;
    for (const t of view.mine) {
      const at = { attempt: view.index, turn: t.turn };
      const g = t.grade;
      if (g.pushy) {
        pushy = true;
        const { quoted, ...phrase } = atFault(t, 'pressure');
        ledger.lose(35, {
          tip: 'T4',
          problem: roughLine(view.index, t.turn),
          ...at,
          ...phrase,
          message: `${quoted} sounds pushy or anxious.`,
          suggestion:
            'Stay relaxed: "I understand these decisions take time. Is there anything else you need from me?"',
        });
      }
      if (g.words >= 8 && g.fillers >= 3 && g.fillers / g.words >= 0.08 && fillerLoss < 15) {
        fillerLoss += 5;
        ledger.lose(5, {
          tip: 'T4',
          ...at,
          message: `Lots of fillers here (${g.fillers} in ${g.words} words) make you sound unsure.`,
          suggestion: 'Pause instead of saying "um" or "like"; short sentences help.',
        });
      }
      if (g.wpm !== undefined && g.wpm > FAST_WPM && g.words >= 15) {
        ledger.lose(5, {
          tip: 'T4',
          ...at,
          message: `You spoke fast here (about ${g.wpm} words a minute), which can sound nervous.`,
          suggestion: 'Slow down to a relaxed pace, around 130 to 160 words a minute.',
        });
      }
      const sorry = apologies(g.text);
      if (sorry >= 2) {
        ledger.lose(5, {
          tip: 'T4',
          ...at,
          message: 'Apologising again and again sounds anxious rather than confident.',
          suggestion:
            'One "sorry to bother you" is plenty, or none at all; you have a good reason to call.',
        });
      }
    }
  }
  if (ledger.applies && !pushy) {
    ledger.praise({ tip: 'T4', message: 'You stayed calm and never pushed.' });
  }
  return ledger;
}

/**
 * The other side's lines, spoken one after another. Captions never wait for this: the screen
 * shows a line first, then hands it here. A newer batch, or the learner starting to talk,
 * stops the one before.
 */
import type { Speaker, TonePlayer } from '../../speech/index';
import type { LineVoicer, VoicedResult } from './runtime';

export function createLineVoicer(speaker: Speaker, tone: TonePlayer): LineVoicer {
  let batch = 0;
  let hushedBatch = -1;
  return {
    async play(lines, options = {}) {
      batch += 1;
      const mine = batch;
      const outcome = (): VoicedResult | undefined => {
        if (hushedBatch === mine) return 'hushed';
        if (batch !== mine) return 'superseded';
        return undefined;
      };
      for (const line of lines) {
        const stopped = outcome();
        if (stopped) return stopped;
        await speaker.speak(line);
      }
      const stopped = outcome();
      if (stopped) return stopped;
      if (options.beepAfter) await tone.beep();
      return outcome() ?? 'done';
    },
    hush() {
      hushedBatch = batch;
      speaker.cancel();
    },
  };
}

import { useEffect, useState } from 'react';
import { checkOwnScenario, type OwnCheck } from '../../scenario/checkOwn';
import type { Scenario } from '../../scenario/schema';
import type { Clock } from '../clock';

/** How long typing must pause before the file is checked again. */
export const LIVE_CHECK_MS = 400;

export interface LiveCheck {
  /** The latest check and the text it was made on. */
  latest?: { text: string; check: OwnCheck } | undefined;
  /** The last text that was a valid scenario, as loaded: the map keeps showing it. */
  lastGood?: Scenario | undefined;
}

/** Checks the file with `checkOwnScenario` (the one check) once typing pauses. */
export function useLiveCheck(
  text: string,
  name: string,
  taken: readonly string[],
  clock: Clock,
): LiveCheck {
  const [live, setLive] = useState<LiveCheck>({});
  const takenKey = taken.join('\n');
  useEffect(() => {
    if (text.trim() === '') {
      setLive((was) => ({ lastGood: was.lastGood }));
      return;
    }
    const stop = clock.every(LIVE_CHECK_MS, () => {
      stop();
      const check = checkOwnScenario(text, name, takenKey.split('\n'));
      setLive((was) => ({
        latest: { text, check },
        lastGood: check.ok ? check.scenario : was.lastGood,
      }));
    });
    return stop;
  }, [text, name, takenKey, clock]);
  return live;
}

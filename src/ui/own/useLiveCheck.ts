import { useEffect, useState } from 'react';
import { checkOwnScenario, type OwnCheck, withWarnings } from '../../scenario/checkOwn';
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
    let live = true;
    const stop = clock.every(LIVE_CHECK_MS, () => {
      stop();
      const check = checkOwnScenario(text, name, takenKey.split('\n'));
      setLive((was) => ({
        latest: { text, check },
        lastGood: check.ok ? check.scenario : was.lastGood,
      }));
      if (!check.ok) return;
      // How the classifier reads each authored choice, as scenarios:check warns: its chunk
      // comes later, so these marks join the others once it is here.
      void import('../../scenario/choiceReadings').then(
        ({ choiceWarnings }) => {
          if (!live) return;
          const more = withWarnings(check, name, choiceWarnings(check.scenario));
          if (more === check) return;
          setLive((was) =>
            was.latest?.check === check ? { ...was, latest: { text, check: more } } : was,
          );
        },
        () => undefined,
      );
    });
    return () => {
      live = false;
      stop();
    };
  }, [text, name, takenKey, clock]);
  return live;
}

import { useEffect, useState } from 'react';
import type { RecognitionCapabilities } from '../../speech/index';
import type { VoiceRuntime } from './runtime';

/**
 * What recognition can do for the chosen language; `undefined` while the browser is asked
 * (at most a few seconds). Asked again when the language changes, or `refresh` does.
 */
export function useCapabilities(
  runtime: VoiceRuntime,
  language: string,
  refresh = 0,
): RecognitionCapabilities | undefined {
  const [answer, setAnswer] = useState<{ key: string; caps: RecognitionCapabilities }>();
  const key = `${language}#${refresh}`;
  useEffect(() => {
    let live = true;
    void runtime.capabilities().then((caps) => {
      if (live) setAnswer({ key, caps });
    });
    return () => {
      live = false;
    };
  }, [runtime, key]);
  return answer?.key === key ? answer.caps : undefined;
}

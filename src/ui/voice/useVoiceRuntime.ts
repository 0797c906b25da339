import { useEffect, useState } from 'react';
import { useServices } from '../services';
import type { VoiceRuntime } from './runtime';

/**
 * The speech runtime, loading it on first use: `undefined` while it loads, `null` when there
 * is none or it failed to load. Then the app simply works without voice.
 */
export function useVoiceRuntime(): VoiceRuntime | null | undefined {
  const { voice } = useServices();
  const [runtime, setRuntime] = useState(() => (voice ? voice.current() : null));
  useEffect(() => {
    if (!voice || runtime) return;
    let live = true;
    voice.load().then(
      (loaded) => {
        if (live) setRuntime(loaded);
      },
      () => {
        // No voice this visit: captions and typing carry the call.
        if (live) setRuntime(null);
      },
    );
    return () => {
      live = false;
    };
  }, [voice, runtime]);
  return runtime;
}

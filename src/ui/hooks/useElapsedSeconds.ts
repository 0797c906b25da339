import { useEffect, useState } from 'react';
import { useServices } from '../services';

/** Whole seconds since `since` (clock ms), updated every second by the injected clock. */
export function useElapsedSeconds(since: number | undefined): number {
  const { clock } = useServices();
  const read = () =>
    since === undefined ? 0 : Math.max(0, Math.floor((clock.now() - since) / 1000));
  const [seconds, setSeconds] = useState(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` only depends on clock and since
  useEffect(() => {
    setSeconds(read());
    return clock.every(1000, () => setSeconds(read()));
  }, [clock, since]);
  return seconds;
}

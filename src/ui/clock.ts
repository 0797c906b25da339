import type { Later } from '../storage/laterSaves';

/** Time as the UI sees it; injected so tests (and benches) can move it exactly. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

/** The real clock. With `afterFrame`, the only place in the UI that reads the system time or starts a timer. */
export const systemClock: Clock = {
  now: () => Date.now(),
  every(ms, tick) {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

/**
 * Runs work the learner need not wait for once the browser is idle after drawing the frame
 * (within 200 ms at the latest, even when it is never idle); the returned function cancels it.
 */
export const afterFrame: Later = (work) => {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout: 200 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
};

/**
 * Time for the speech layer. This is the only module that touches the real timers, so tests
 * can swap in a manual clock and speech engines that never answer cannot block a call.
 */

/** Stops a timer that has not fired yet; calling it twice is harmless. */
export type CancelTimer = () => void;

export interface Clock {
  /** Milliseconds since an arbitrary origin; only differences matter. */
  now(): number;
  /** Runs `fire` once after `ms` milliseconds. */
  after(ms: number, fire: () => void): CancelTimer;
}

/** The browser's (or Node's) clock. */
export const systemClock: Clock = {
  now: () => globalThis.performance?.now() ?? Date.now(),
  after(ms, fire) {
    const handle = globalThis.setTimeout(fire, Math.max(0, ms));
    return () => globalThis.clearTimeout(handle);
  },
};

/** Resolves after `ms` on the given clock. */
export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => {
    clock.after(ms, resolve);
  });
}

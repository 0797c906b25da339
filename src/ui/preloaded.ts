/**
 * A part of the app fetched ahead and shown without Suspense: React holds content revealed
 * after a Suspense fallback for 300 ms, so the debrief (fetched while the learner talks) would
 * paint 300 ms late. `start()` fetches it once; `useLoaded()` gives it as soon as it is there
 * (at once when it was fetched before), and throws a failed fetch to the nearest error boundary.
 */
import { useEffect, useState } from 'react';

export interface Preloaded<T> {
  /** Fetches once (again after a failure). */
  start: () => Promise<T>;
  /** What was fetched, if it is here yet. */
  peek: () => T | undefined;
}

export function preloaded<T>(load: () => Promise<T>): Preloaded<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  const start = (): Promise<T> => {
    pending ??= load().then(
      (v) => {
        value = v;
        return v;
      },
      (error: unknown) => {
        pending = undefined; // a later start() tries again
        throw error;
      },
    );
    return pending;
  };
  return { start, peek: () => value };
}

/** The preloaded part once it is here (undefined meanwhile); a failed fetch is thrown. */
export function useLoaded<T>(part: Preloaded<T>): T | undefined {
  const [state, setState] = useState<{ value?: T; error?: unknown }>(() => {
    const value = part.peek();
    return value === undefined ? {} : { value };
  });
  const have = state.value !== undefined || part.peek() !== undefined;
  useEffect(() => {
    if (have) return;
    let live = true;
    part.start().then(
      (v) => live && setState({ value: v }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [have, part]);
  if (state.error !== undefined) throw state.error;
  return state.value ?? part.peek();
}

import type { Clock } from '../../src/ui/clock';

export interface FakeClock extends Clock {
  /** Moves time on, firing every timer that falls due, in order. */
  advance(ms: number): void;
}

/** A clock that only moves when told to. */
export function fakeClock(start = 1_700_000_000_000): FakeClock {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { every: number; due: number; tick: () => void }>();
  return {
    now: () => now,
    every(ms, tick) {
      const id = nextId++;
      timers.set(id, { every: ms, due: now + ms, tick });
      return () => {
        timers.delete(id);
      };
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].due - b[1].due)[0];
        if (!next || next[1].due > end) break;
        const [, timer] = next;
        now = timer.due;
        timer.due += timer.every;
        timer.tick();
      }
      now = end;
    },
  };
}

/** A clock the test moves by hand, and a way to let promise callbacks run. */
import type { CancelTimer, Clock } from '../../../src/speech/clock';

interface PendingTimer {
  at: number;
  order: number;
  fire: () => void;
}

/** A clock that only moves when the test says so. */
export class ManualClock implements Clock {
  private time: number;
  private order = 0;
  private timers: PendingTimer[] = [];

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  after(ms: number, fire: () => void): CancelTimer {
    const timer = { at: this.time + Math.max(0, ms), order: this.order++, fire };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Moves time on, firing due timers in order (including ones they schedule). */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = [...this.timers]
        .filter((t) => t.at <= until)
        .sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.at;
      next.fire();
    }
    this.time = until;
  }

  /** Timers that have not fired or been cancelled. */
  get pending(): number {
    return this.timers.length;
  }
}

/** Lets promise callbacks run. */
export async function flushPromises(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

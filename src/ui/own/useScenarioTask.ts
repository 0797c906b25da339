import { useState } from 'react';
import type { Scenario } from '../../scenario/schema';

/** A check run on demand on a scenario: not yet, under way, its report, or why it failed. */
export type TaskState<R> =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; report: R }
  | { kind: 'failed'; reason: string };

/**
 * A check of the scenario run when asked (its code fetched then), its state kept for that
 * scenario only: checked again (another text), the last report no longer describes it.
 */
export function useScenarioTask<R>(
  scenario: Scenario,
): [TaskState<R>, (work: () => Promise<R>) => void] {
  const [result, setResult] = useState<{ of: Scenario; state: TaskState<R> }>({
    of: scenario,
    state: { kind: 'idle' },
  });
  const state: TaskState<R> = result.of === scenario ? result.state : { kind: 'idle' };
  const set = (next: TaskState<R>) => setResult({ of: scenario, state: next });
  const run = (work: () => Promise<R>) => {
    set({ kind: 'running' });
    // After the "under way" status has painted: a big scenario takes a moment.
    window.setTimeout(() => {
      work().then(
        (report) => set({ kind: 'done', report }),
        (error: unknown) =>
          set({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
      );
    }, 30);
  };
  return [state, run];
}

/** What the browser would not store: the call under way, or the finished campaigns. */
export type StorageProblem = 'session' | 'history';

/** Collects storage failures so the learner is told once per kind, however often writes fail. */
export interface StorageHealth {
  report(problem: StorageProblem): void;
  /** The problems so far, in the order they first happened (the same array until one is added). */
  problems(): readonly StorageProblem[];
  subscribe(listener: () => void): () => void;
}

export function storageHealth(): StorageHealth {
  let problems: readonly StorageProblem[] = [];
  const listeners = new Set<() => void>();
  return {
    report(problem) {
      if (problems.includes(problem)) return;
      problems = [...problems, problem];
      // Told after the current task: a save may fail while the UI renders.
      queueMicrotask(() => {
        for (const l of listeners) l();
      });
    },
    problems: () => problems,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

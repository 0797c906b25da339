import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import { type StorageHealth, type StorageProblem, storageHealth } from '../storage/storageHealth';

const HealthContext = createContext<StorageHealth>(storageHealth());

/** Lets every screen know what the browser refused to store. */
export function StorageHealthProvider({
  health,
  children,
}: {
  health: StorageHealth;
  children: ReactNode;
}) {
  return <HealthContext.Provider value={health}>{children}</HealthContext.Provider>;
}

/** What the browser would not store so far. */
export function useStorageProblems(): readonly StorageProblem[] {
  const health = useContext(HealthContext);
  return useSyncExternalStore(health.subscribe, health.problems);
}

const SAID: Record<StorageProblem, string> = {
  session:
    'Your browser is not saving this call (storage full or blocked). Keep practising: only a reload or closing the tab would lose it.',
  history:
    'Finished campaigns are kept in this tab only (your browser is not storing them). Export them from your progress before closing the tab.',
};

export interface StorageNoticeProps {
  /** Opens the progress screen, where the history can be exported. */
  onShowProgress: () => void;
  /** True on the progress screen (no need to offer the way there). */
  onProgress: boolean;
}

/**
 * Says, once, that the browser would not store something, and what that means. The status
 * region is in the page from the start, so screen readers announce the message politely.
 */
export function StorageNotice({ onShowProgress, onProgress }: StorageNoticeProps) {
  const problems = useStorageProblems();
  return (
    <div className={problems.length > 0 ? 'storage-notice' : undefined}>
      <div role="status">
        {problems.map((p) => (
          <p key={p}>
            <span aria-hidden="true">⚠ </span>
            {SAID[p]}
          </p>
        ))}
      </div>
      {problems.includes('history') && !onProgress && (
        <button type="button" className="secondary small" onClick={onShowProgress}>
          Go to your progress to export
        </button>
      )}
    </div>
  );
}

import { memoryHistory } from './memoryHistory';
import type { CampaignRecord, HistoryStore } from './types';

function byTime(a: CampaignRecord, b: CampaignRecord): number {
  return a.finishedAt.localeCompare(b.finishedAt);
}

/**
 * The history on the device, falling back to memory when the browser will not store it
 * (no IndexedDB, cookies blocked, private mode, disk full): a finished campaign is then kept
 * for as long as the tab is open, still listed and exportable, and `onProblem` is told.
 */
export function resilientHistory(
  primary: HistoryStore | undefined,
  onProblem: () => void,
): HistoryStore {
  const fallback = memoryHistory();
  let working = primary;
  return {
    async list() {
      const kept = await fallback.list();
      try {
        if (!working) throw new Error('no IndexedDB');
        const stored = await working.list();
        const ids = new Set(stored.map((r) => r.id));
        return [...stored, ...kept.filter((r) => !ids.has(r.id))].sort(byTime);
      } catch {
        working = undefined;
        onProblem();
        return kept;
      }
    },
    async save(record) {
      if ((await fallback.list()).some((r) => r.id === record.id)) return 'kept';
      try {
        if (!working) throw new Error('no IndexedDB');
        return await working.save(record);
      } catch {
        onProblem();
        return fallback.save(record);
      }
    },
    async importRecords(records) {
      if (!working) return fallback.importRecords(records);
      const kept = new Set((await fallback.list()).map((r) => r.id));
      const fresh = records.filter((r) => !kept.has(r.id));
      // A failed import is said so by the import itself, and changes nothing.
      const summary = await working.importRecords(fresh);
      return { ...summary, alreadyHere: summary.alreadyHere + records.length - fresh.length };
    },
    async remove(id) {
      await fallback.remove(id);
      if (working) await working.remove(id);
    },
  };
}

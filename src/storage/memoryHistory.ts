import type { CampaignRecord, HistoryStore, ImportSummary } from './types';

function byTime(a: CampaignRecord, b: CampaignRecord): number {
  return a.finishedAt.localeCompare(b.finishedAt);
}

/** A history kept in memory: the fake for tests, and the fallback when IndexedDB is unavailable. */
export function memoryHistory(initial: readonly CampaignRecord[] = []): HistoryStore {
  const records = new Map(initial.map((r) => [r.id, structuredClone(r)]));
  return {
    async list() {
      return [...records.values()].map((r) => structuredClone(r)).sort(byTime);
    },
    async save(record) {
      if (records.has(record.id)) return 'kept';
      records.set(record.id, structuredClone(record));
      return 'saved';
    },
    async importRecords(incoming): Promise<ImportSummary> {
      let added = 0;
      for (const record of incoming) {
        if (records.has(record.id)) continue;
        records.set(record.id, structuredClone(record));
        added += 1;
      }
      return { added, alreadyHere: incoming.length - added };
    },
    async remove(id) {
      records.delete(id);
    },
  };
}

import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { CampaignRecord, HistoryStore, ImportSummary } from '../../storage/types';

export interface HistoryState {
  records: CampaignRecord[];
  status: 'loading' | 'ready' | 'unavailable';
  save(record: CampaignRecord): Promise<void>;
  importRecords(records: readonly CampaignRecord[]): Promise<ImportSummary>;
  remove(id: string): Promise<void>;
  /** Reads the store again (after something outside the provider changed it). */
  refresh(): Promise<void>;
}

const HistoryContext = createContext<HistoryState | undefined>(undefined);

/** Keeps the stored history in React state; the store stays the only place data changes. */
export function HistoryProvider({ store, children }: { store: HistoryStore; children: ReactNode }) {
  const [records, setRecords] = useState<CampaignRecord[]>([]);
  const [status, setStatus] = useState<HistoryState['status']>('loading');
  const refresh = useCallback(async () => {
    try {
      setRecords(await store.list());
      setStatus('ready');
    } catch {
      setStatus('unavailable');
    }
  }, [store]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo<HistoryState>(
    () => ({
      records,
      status,
      async save(record) {
        await store.save(record);
        await refresh();
      },
      async importRecords(incoming) {
        const summary = await store.importRecords(incoming);
        await refresh();
        return summary;
      },
      async remove(id) {
        await store.remove(id);
        await refresh();
      },
      refresh,
    }),
    [records, status, store, refresh],
  );
  return <HistoryContext.Provider value={value}>{children}</HistoryContext.Provider>;
}

/** The learner's finished campaigns. */
export function useHistory(): HistoryState {
  const history = useContext(HistoryContext);
  if (!history) throw new Error('useHistory needs a <HistoryProvider> above it');
  return history;
}

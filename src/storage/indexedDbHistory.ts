import type { CampaignRecord, HistoryStore, ImportSummary } from './types';

const DB_NAME = 'follow-up-call-trainer';
const STORE = 'campaigns';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('the transaction was aborted'));
    tx.onerror = () => reject(tx.error);
  });
}

function open(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const request = factory.open(name, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE)) {
      request.result.createObjectStore(STORE, { keyPath: 'id' });
    }
  };
  return promised(request);
}

/** The history in IndexedDB, on this device only. */
export function indexedDbHistory(factory: IDBFactory, name = DB_NAME): HistoryStore {
  let db: Promise<IDBDatabase> | undefined;
  const database = () => {
    db ??= open(factory, name);
    return db;
  };
  return {
    async list() {
      const tx = (await database()).transaction(STORE, 'readonly');
      const records = await promised(
        tx.objectStore(STORE).getAll() as IDBRequest<CampaignRecord[]>,
      );
      return records.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
    },
    async save(record) {
      // Read and write in one transaction, so two tabs saving the same campaign keep one copy.
      const tx = (await database()).transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const done = finished(tx);
      const there = (await promised(store.getKey(record.id))) !== undefined;
      if (!there) store.add(record);
      await done;
      return there ? 'kept' : 'saved';
    },
    async importRecords(incoming): Promise<ImportSummary> {
      // One transaction: either every new record is stored or, on any failure, none is.
      const tx = (await database()).transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const done = finished(tx);
      const keys = new Set((await promised(store.getAllKeys())).map(String));
      let added = 0;
      for (const record of incoming) {
        if (keys.has(record.id)) continue;
        keys.add(record.id);
        store.add(record);
        added += 1;
      }
      await done;
      return { added, alreadyHere: incoming.length - added };
    },
    async remove(id) {
      const tx = (await database()).transaction(STORE, 'readwrite');
      const done = finished(tx);
      tx.objectStore(STORE).delete(id);
      await done;
    },
  };
}

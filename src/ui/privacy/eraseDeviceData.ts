/**
 * "Delete all my data": everything the app keeps in this browser, gone. The history's
 * database is emptied rather than deleted, because this tab holds it open (a deletion would
 * wait for every tab to close it); the app's keys are removed from Web Storage.
 */

// The names the app stores under (src/storage, src/speech, src/ui/model/ownName.ts): the
// database `follow-up-call-trainer` with its store `campaigns`, and Web Storage keys that all
// begin with the app's name. tests/unit/ui/eraseDeviceData.test.ts holds these to the stores.
const DATABASE = 'follow-up-call-trainer';
const STORE = 'campaigns';
const KEY_PREFIX = 'follow-up-call-trainer';

export interface DeviceStores {
  indexedDB?: IDBFactory | undefined;
  localStorage?: Storage | undefined;
  sessionStorage?: Storage | undefined;
}

/** What could not be deleted (empty when everything went). */
export type EraseProblem = 'history' | 'settings';

function emptyHistory(factory: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE);
    // No database yet: nothing to empty. Creating one here would leave it without its store.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve();
      } else reject(request.error);
    };
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) {
        db.close();
        resolve();
        return;
      }
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onabort = tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}

function removeAppKeys(storage: Storage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(KEY_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

/**
 * Deletes the finished campaigns (IndexedDB), the campaigns under way, the learner's name and
 * the voice settings (localStorage) and this tab's note of its campaign (sessionStorage).
 * Never throws: it says what it could not delete.
 */
export async function eraseDeviceData(stores: DeviceStores): Promise<EraseProblem[]> {
  const problems: EraseProblem[] = [];
  try {
    if (stores.indexedDB) await emptyHistory(stores.indexedDB);
  } catch {
    problems.push('history');
  }
  try {
    if (stores.localStorage) removeAppKeys(stores.localStorage);
    if (stores.sessionStorage) removeAppKeys(stores.sessionStorage);
  } catch {
    problems.push('settings');
  }
  return problems;
}

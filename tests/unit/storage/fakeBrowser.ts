/** Web Storage in memory; `failWrites` makes it full, as a quota error would. */
export function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage = {
    failWrites: false,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k: string) => data.get(k) ?? null,
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => {
      data.delete(k);
    },
    setItem(k: string, v: string) {
      if (storage.failWrites) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      data.set(k, v);
    },
  };
  return storage as typeof storage & Storage;
}

type StorageListener = (event: StorageEvent) => void;

/**
 * Tabs of one origin sharing Web Storage: a write in one tab reaches the others as a storage
 * event (never the writer), as browsers do.
 */
export function fakeOrigin() {
  const data = fakeStorage();
  const tabs: { listeners: Set<StorageListener>; storage: Storage }[] = [];
  return {
    data,
    tab() {
      const listeners = new Set<StorageListener>();
      const self = { listeners, storage: undefined as unknown as Storage };
      const emit = (key: string, oldValue: string | null, newValue: string | null) => {
        for (const other of tabs) {
          if (other === self) continue;
          const event = { key, oldValue, newValue, storageArea: other.storage } as StorageEvent;
          for (const l of other.listeners) l(event);
        }
      };
      self.storage = {
        get length() {
          return data.length;
        },
        clear: () => data.clear(),
        getItem: (k: string) => data.getItem(k),
        key: (i: number) => data.key(i),
        removeItem(k: string) {
          const old = data.getItem(k);
          data.removeItem(k);
          emit(k, old, null);
        },
        setItem(k: string, v: string) {
          const old = data.getItem(k);
          data.setItem(k, v);
          if (old !== v) emit(k, old, v);
        },
      };
      tabs.push(self);
      const events = {
        addEventListener: (_type: string, l: StorageListener) => listeners.add(l),
        removeEventListener: (_type: string, l: StorageListener) => listeners.delete(l),
      } as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>;
      return { storage: self.storage, events };
    },
  };
}

interface HeldLock {
  client: string;
  reject: (error: unknown) => void;
}

/**
 * The Web Locks API shared by the tabs of one origin, enough of it for campaign ownership:
 * exclusive locks, `ifAvailable`, `steal` (the holder's request rejects with AbortError),
 * `query`, and a tab closing (its locks are let go).
 */
export function fakeLocks() {
  const held = new Map<string, HeldLock>();
  return {
    held,
    /** A tab closes: every lock it held is free. */
    close(client: string) {
      for (const [name, lock] of held) if (lock.client === client) held.delete(name);
    },
    client(client: string): Pick<LockManager, 'request' | 'query'> {
      return {
        request: ((
          name: string,
          options: LockOptions,
          callback: (lock: Lock | null) => unknown,
        ): Promise<unknown> =>
          new Promise((resolve, reject) => {
            const current = held.get(name);
            if (current && !options.steal) {
              if (!options.ifAvailable) {
                reject(new Error('fake locks: waiting for a lock is not modelled'));
                return;
              }
              Promise.resolve(callback(null)).then(resolve, reject);
              return;
            }
            if (current) {
              held.delete(name);
              current.reject(new DOMException('The lock was stolen.', 'AbortError'));
            }
            const lock: HeldLock = { client, reject };
            held.set(name, lock);
            Promise.resolve(callback({ name, mode: 'exclusive' } as Lock)).then((value) => {
              if (held.get(name) === lock) held.delete(name);
              resolve(value);
            }, reject);
          })) as LockManager['request'],
        query: async () => ({
          held: [...held].map(([name, l]) => ({ name, mode: 'exclusive', clientId: l.client })),
          pending: [],
        }),
      };
    },
  };
}

/** Lets queued promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

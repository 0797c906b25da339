/** The part of `navigator.storage` used here. */
export type PersistentStorage = Pick<StorageManager, 'persist' | 'persisted'>;

/**
 * Asks the browser to keep the app's data even when the device runs short of space (it may
 * otherwise clear it). Chrome, Edge and Safari decide without asking the learner; Firefox asks
 * once and remembers. Resolves to whether the data is kept, or undefined where not supported.
 */
export async function keepDataOnDevice(
  storage: Partial<PersistentStorage> | undefined,
): Promise<boolean | undefined> {
  if (typeof storage?.persist !== 'function' || typeof storage.persisted !== 'function') {
    return undefined;
  }
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return undefined;
  }
}

/** Whether the browser has agreed to keep the data (undefined where it cannot say). */
export async function isDataKept(
  storage: Partial<PersistentStorage> | undefined,
): Promise<boolean | undefined> {
  if (typeof storage?.persisted !== 'function') return undefined;
  try {
    return await storage.persisted();
  } catch {
    return undefined;
  }
}

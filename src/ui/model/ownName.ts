/**
 * The learner's own name, kept on this device only (localStorage), so scenarios can speak to
 * them by it. Storage that is full, blocked or missing just means the name is not remembered.
 */
const KEY = 'follow-up-call-trainer.ownName';

export function loadOwnName(storage: Pick<Storage, 'getItem'> | undefined): string | undefined {
  try {
    const name = storage?.getItem(KEY)?.trim();
    return name ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the name (or forgets it, given undefined); false when the device would not keep it. */
export function saveOwnName(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  name: string | undefined,
): boolean {
  try {
    if (!storage) return false;
    if (name?.trim()) storage.setItem(KEY, name.trim());
    else storage.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}

/** The browser's localStorage, or undefined where reading it throws (cookies blocked). */
export function deviceStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The name a learner gave before on this device, to start a campaign with. */
export function rememberedName(): string | undefined {
  return loadOwnName(deviceStorage());
}

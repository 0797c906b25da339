/**
 * The name a participant goes by in a workshop (on handed-in results), kept on this device
 * only. Apart from the name scenarios call them by (`model/ownName.ts`): a display name may be
 * a nickname or a table number.
 */
import { deviceStorage } from '../model/ownName';

const KEY = 'follow-up-call-trainer.displayName';
export const DISPLAY_NAME_MAX_CHARS = 40;

export function loadDisplayName(storage = deviceStorage()): string | undefined {
  try {
    const name = storage?.getItem(KEY)?.trim();
    return name ? name.slice(0, DISPLAY_NAME_MAX_CHARS) : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the name; false when the device would not keep it (it still applies this visit). */
export function saveDisplayName(name: string, storage = deviceStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(KEY, name.trim().slice(0, DISPLAY_NAME_MAX_CHARS));
    return true;
  } catch {
    return false;
  }
}

/**
 * The workshop pack this device is in, kept in localStorage (so a reload, or opening the app
 * again later, keeps it until the participant leaves it) as the link's text and when it was
 * opened here. The text is decoded again on each start, so a stored pack is checked like a link.
 */
import { deviceStorage } from '../model/ownName';
import { PACK_KEY } from './packKey';

export interface StoredPack {
  encoded: string;
  /** When the pack was first opened on this device (ms since the epoch). */
  openedAt: number;
}

export function loadStoredPack(storage = deviceStorage()): StoredPack | undefined {
  try {
    const raw = storage?.getItem(PACK_KEY);
    if (!raw) return undefined;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return undefined;
    const { encoded, openedAt } = data as Record<string, unknown>;
    return typeof encoded === 'string' && typeof openedAt === 'number' && Number.isFinite(openedAt)
      ? { encoded, openedAt }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the pack (or forgets it, given undefined); false when the device would not keep it. */
export function saveStoredPack(stored: StoredPack | undefined, storage = deviceStorage()): boolean {
  try {
    if (!storage) return false;
    if (stored) storage.setItem(PACK_KEY, JSON.stringify(stored));
    else storage.removeItem(PACK_KEY);
    return true;
  } catch {
    return false;
  }
}

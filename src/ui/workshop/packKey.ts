/** Where this device keeps its workshop pack, and whether it has one (read on every start). */
import { deviceStorage } from '../model/ownName';

export const PACK_KEY = 'follow-up-call-trainer.workshopPack';

export function hasStoredPack(storage = deviceStorage()): boolean {
  try {
    return Boolean(storage?.getItem(PACK_KEY));
  } catch {
    return false;
  }
}

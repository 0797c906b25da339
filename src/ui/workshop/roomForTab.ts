/** Room mode asked for in this tab (the scenarios screen's toggle): kept until the tab closes. */
import { tabStorage } from '../../storage/browserStorage';
export const ROOM_KEY = 'follow-up-call-trainer.roomMode';

export function loadRoomForTab(storage = tabStorage()): boolean {
  try {
    return storage?.getItem(ROOM_KEY) === 'on';
  } catch {
    return false;
  }
}

export function saveRoomForTab(on: boolean, storage = tabStorage()): void {
  try {
    if (on) storage?.setItem(ROOM_KEY, 'on');
    else storage?.removeItem(ROOM_KEY);
  } catch {
    // A tab that cannot store it still has room mode until it reloads.
  }
}

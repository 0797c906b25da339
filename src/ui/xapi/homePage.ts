/**
 * The home page the facilitator's participants are accounts on, in xAPI statements made from
 * the class dashboard (their LMS or organisation's address). Kept on this device only.
 */
import { isHomePage } from '../../lms/classStatements';
import { DEFAULT_BASE } from '../../lms/xapi';
import { deviceStorage } from '../model/ownName';

const KEY = 'follow-up-call-trainer.xapiHomePage';

export function loadHomePage(storage = deviceStorage()): string {
  try {
    const kept = storage?.getItem(KEY) ?? '';
    return isHomePage(kept) ? kept : DEFAULT_BASE;
  } catch {
    return DEFAULT_BASE;
  }
}

/** Remembers a valid home page; false when it is not one or the device would not keep it. */
export function saveHomePage(homePage: string, storage = deviceStorage()): boolean {
  if (!isHomePage(homePage)) return false;
  try {
    storage?.setItem(KEY, homePage);
    return storage !== undefined;
  } catch {
    return false;
  }
}

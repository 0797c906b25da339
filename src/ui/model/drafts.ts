/**
 * The line a learner is typing, kept for this tab (sessionStorage) so a reload mid-call brings
 * it back; a storage that refuses just means it is not kept.
 */
import { tabStorage } from '../../storage/browserStorage';

const PREFIX = 'follow-up-call-trainer.draft/';

export function loadDraft(key: string | undefined): string {
  if (!key) return '';
  try {
    return tabStorage()?.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the draft (an empty one is forgotten). */
export function saveDraft(key: string | undefined, text: string): void {
  if (!key) return;
  try {
    if (text === '') tabStorage()?.removeItem(PREFIX + key);
    else tabStorage()?.setItem(PREFIX + key, text);
  } catch {
    // Not kept: the draft still works until the page closes.
  }
}

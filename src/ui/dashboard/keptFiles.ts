/**
 * The results files loaded on the dashboard, kept for this tab (sessionStorage) so that a reload
 * does not make the facilitator load thirty files again; closing the tab forgets them, as the
 * dashboard says. Only the texts are kept: they are checked and graded again when read back.
 */
import { tabStorage } from '../../storage/browserStorage';

const KEY = 'follow-up-call-trainer.dashboard';

export interface KeptFile {
  name: string;
  text: string;
}

/** The files kept in this tab, in the order they were loaded; nothing when none or damaged. */
export function loadKeptFiles(): KeptFile[] {
  try {
    const value: unknown = JSON.parse(tabStorage()?.getItem(KEY) ?? 'null');
    if (!value || typeof value !== 'object') return [];
    const files = (value as { files?: unknown }).files;
    if (!Array.isArray(files)) return [];
    return files.filter(
      (f): f is KeptFile =>
        !!f &&
        typeof f === 'object' &&
        typeof (f as KeptFile).name === 'string' &&
        typeof (f as KeptFile).text === 'string',
    );
  } catch {
    return [];
  }
}

/** Keeps the files for this tab; false when the browser would not (full, or no storage). */
export function keepFiles(files: readonly KeptFile[]): boolean {
  const s = tabStorage();
  if (!s) return false;
  try {
    if (files.length === 0) s.removeItem(KEY);
    else s.setItem(KEY, JSON.stringify({ files }));
    return true;
  } catch {
    // A half-kept list would bring back some files and not others: keep none.
    try {
      s.removeItem(KEY);
    } catch {
      // Nothing more to do: the files stay loaded until the tab reloads.
    }
    return false;
  }
}

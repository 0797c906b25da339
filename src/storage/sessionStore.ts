import { memorySessionShelf } from './sessionShelf';
import { type TabSessions, tabSessions } from './tabSessions';
import type { SavedSession } from './types';

/**
 * A lone tab's campaigns in memory, for tests; `initial` is the one it reopens. The app keeps
 * them on a shelf in Web Storage (`sessionShelf.ts`), seen by each tab through `tabSessions.ts`.
 */
export function memorySessionStore(initial?: SavedSession): TabSessions {
  const tabs = tabSessions(memorySessionShelf(initial ? [initial] : []));
  if (initial) tabs.take(initial.id, false);
  return tabs;
}

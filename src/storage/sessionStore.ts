import { isCampaignEvent } from '../scenario/replay';
import type { SavedSession, SessionStore } from './types';

const KEY = 'follow-up-call-trainer/session';

/**
 * The session read back from storage, or undefined when its frame is damaged. A malformed
 * event (another tab, an older version) is dropped on its own: replay skips what the machine
 * refuses, so the rest of the campaign still comes back.
 */
function readSession(value: unknown): SavedSession | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const s = value as Record<string, unknown>;
  if (typeof s.id !== 'string' || typeof s.scenarioId !== 'string' || !Array.isArray(s.events)) {
    return undefined;
  }
  return {
    id: s.id,
    scenarioId: s.scenarioId,
    events: s.events.filter(isCampaignEvent),
    ...(typeof s.callStartedAt === 'number' ? { callStartedAt: s.callStartedAt } : {}),
    ...(typeof s.turnStartedAt === 'number' ? { turnStartedAt: s.turnStartedAt } : {}),
  };
}

/**
 * The campaign under way, in Web Storage: writes are synchronous, so a reload straight
 * after a click still finds the last step. A damaged entry is ignored, never thrown.
 */
export function webSessionStore(storage: Storage): SessionStore {
  return {
    load() {
      try {
        const raw = storage.getItem(KEY);
        if (raw === null) return undefined;
        const value: unknown = JSON.parse(raw);
        return readSession(value);
      } catch {
        return undefined;
      }
    },
    save(session) {
      try {
        storage.setItem(KEY, JSON.stringify(session));
      } catch {
        // Storage full or blocked (private mode): the call goes on, it just won't survive a reload.
      }
    },
    clear() {
      try {
        storage.removeItem(KEY);
      } catch {
        // Nothing to clear when storage is blocked.
      }
    },
  };
}

/** A session store in memory, for tests. */
export function memorySessionStore(initial?: SavedSession): SessionStore {
  let saved = initial ? structuredClone(initial) : undefined;
  return {
    load: () => (saved ? structuredClone(saved) : undefined),
    save: (session) => {
      saved = structuredClone(session);
    },
    clear: () => {
      saved = undefined;
    },
  };
}

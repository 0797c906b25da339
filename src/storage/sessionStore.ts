import { isCampaignEvent } from '../scenario/replay';
import type { SavedSession, SessionStore } from './types';

const KEY = 'follow-up-call-trainer/session';

function isSession(value: unknown): value is SavedSession {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.id === 'string' &&
    typeof s.scenarioId === 'string' &&
    Array.isArray(s.events) &&
    s.events.every(isCampaignEvent) &&
    (s.callStartedAt === undefined || typeof s.callStartedAt === 'number') &&
    (s.turnStartedAt === undefined || typeof s.turnStartedAt === 'number')
  );
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
        return isSession(value) ? value : undefined;
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

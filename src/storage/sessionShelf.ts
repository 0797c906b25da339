import { isCampaignEvent } from '../scenario/eventLog';
import type { SavedSession, SessionSave } from './types';

/** The key of the one session the first versions kept; read, and moved on its next save. */
const LEGACY_KEY = 'follow-up-call-trainer/session';
const PREFIX = `${LEGACY_KEY}/`;

/** Every campaign under way on this device, one per tab that started one. */
export interface SessionShelf {
  /** The campaigns under way, the latest saved first. */
  list(): SavedSession[];
  get(id: string): SavedSession | undefined;
  /**
   * Writes a campaign unless the stored copy is as new or newer (a higher or equal revision),
   * or was removed by another tab while this one held revision 2 or later: both mean 'stale'.
   */
  put(session: SavedSession): SessionSave;
  remove(id: string): void;
}

/**
 * The session read back from storage, or undefined when its frame is damaged. A malformed
 * event (another tab, an older version) is dropped on its own: replay skips what the machine
 * refuses, so the rest of the campaign still comes back.
 */
export function readSession(value: unknown): SavedSession | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const s = value as Record<string, unknown>;
  if (typeof s.id !== 'string' || typeof s.scenarioId !== 'string' || !Array.isArray(s.events)) {
    return undefined;
  }
  const number = (key: string) =>
    typeof s[key] === 'number' && Number.isFinite(s[key]) ? { [key]: s[key] } : {};
  return {
    id: s.id,
    scenarioId: s.scenarioId,
    events: s.events.filter(isCampaignEvent),
    ...number('callStartedAt'),
    ...number('turnStartedAt'),
    ...number('revision'),
    ...number('savedAt'),
    ...number('hiddenAt'),
  };
}

function parse(raw: string | null): SavedSession | undefined {
  if (raw === null) return undefined;
  try {
    return readSession(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

const revisionOf = (s: SavedSession | undefined) => s?.revision ?? 0;

/** True when `next` may replace `stored`: it is newer, or it starts a campaign nobody stored. */
export function isNewer(next: SavedSession, stored: SavedSession | undefined): boolean {
  if (!stored) return revisionOf(next) <= 1;
  return revisionOf(next) > revisionOf(stored);
}

export interface WebShelfOptions {
  /** Told each time a write fails (the caller says so to the learner, once). */
  onProblem?: (error: unknown) => void;
}

/**
 * The campaigns under way in Web Storage: writes are synchronous, so a reload straight after
 * a click still finds the last step. When storage is missing, full or blocked, a campaign is
 * kept in memory instead: the call goes on (and can finish and be exported), it just would
 * not survive a reload, and `onProblem` is told.
 */
export function webSessionShelf(
  storage: Storage | undefined,
  options: WebShelfOptions = {},
): SessionShelf {
  // Sessions whose last write failed: newer than whatever storage holds for them.
  const unsaved = new Map<string, SavedSession>();
  const keyOf = (id: string) => `${PREFIX}${id}`;
  const stored = (key: string) => {
    try {
      return storage ? parse(storage.getItem(key)) : undefined;
    } catch {
      return undefined;
    }
  };
  const fromStorage = (id: string) => {
    const legacy = stored(LEGACY_KEY);
    return stored(keyOf(id)) ?? (legacy?.id === id ? legacy : undefined);
  };
  const shelf: SessionShelf = {
    list() {
      const byId = new Map<string, SavedSession>();
      try {
        const keys: string[] = [];
        for (let i = 0; storage && i < storage.length; i++) {
          const key = storage.key(i);
          if (key === LEGACY_KEY || key?.startsWith(PREFIX)) keys.push(key);
        }
        for (const key of keys) {
          const session = stored(key);
          if (session && !byId.has(session.id)) byId.set(session.id, session);
        }
      } catch {
        // Blocked storage lists nothing; the in-memory copies below still count.
      }
      for (const session of unsaved.values()) byId.set(session.id, structuredClone(session));
      return [...byId.values()].sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0));
    },
    get(id) {
      const session = unsaved.get(id);
      return session ? structuredClone(session) : fromStorage(id);
    },
    put(session) {
      if (!isNewer(session, shelf.get(session.id))) return 'stale';
      try {
        if (!storage) throw new Error('no Web Storage in this browser');
        storage.setItem(keyOf(session.id), JSON.stringify(session));
        unsaved.delete(session.id);
        if (stored(LEGACY_KEY)?.id === session.id) storage.removeItem(LEGACY_KEY);
        return 'saved';
      } catch (error) {
        unsaved.set(session.id, structuredClone(session));
        options.onProblem?.(error);
        return 'unsaved';
      }
    },
    remove(id) {
      unsaved.delete(id);
      try {
        storage?.removeItem(keyOf(id));
        if (stored(LEGACY_KEY)?.id === id) storage?.removeItem(LEGACY_KEY);
      } catch {
        // Nothing to remove when storage is blocked.
      }
    },
  };
  return shelf;
}

/** A shelf in memory, for tests (pass the same one to two "tabs"). */
export function memorySessionShelf(initial: readonly SavedSession[] = []): SessionShelf {
  const sessions = new Map(initial.map((s) => [s.id, structuredClone(s)]));
  return {
    list: () =>
      [...sessions.values()]
        .map((s) => structuredClone(s))
        .sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0)),
    get(id) {
      const s = sessions.get(id);
      return s && structuredClone(s);
    },
    put(session) {
      if (!isNewer(session, sessions.get(session.id))) return 'stale';
      sessions.set(session.id, structuredClone(session));
      return 'saved';
    },
    remove(id) {
      sessions.delete(id);
    },
  };
}

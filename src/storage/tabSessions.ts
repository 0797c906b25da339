import { after, type CampaignLocks, type Maybe, soloLocks } from './campaignLocks';
import type { SessionShelf } from './sessionShelf';
import type { SavedSession, SessionSave, SessionStore } from './types';

/** Why this tab stopped a campaign: taken over in another tab, saved there later, or removed. */
export type LostReason = 'taken' | 'newer' | 'gone';

export interface LostCampaign {
  id: string;
  scenarioId: string;
  reason: LostReason;
}

/** A campaign under way that is not this tab's, and whether another tab has it open. */
export interface OtherCampaign {
  session: SavedSession;
  elsewhere: boolean;
}

/**
 * One tab's view of the campaigns under way: the one it plays (saved through `save`, as any
 * session store), which it holds so no other tab plays it at the same time, and the others.
 */
export interface TabSessions extends SessionStore {
  readonly kind: 'tabs';
  /** The campaign to open with: this tab's own (a reload), else the latest one no tab has. */
  open(): Maybe<SavedSession | undefined>;
  /** The other campaigns under way. */
  others(): Maybe<OtherCampaign[]>;
  /** Makes a saved campaign this tab's (`steal`: from the tab that has it); undefined if busy or gone. */
  take(id: string, steal: boolean): Maybe<SavedSession | undefined>;
  /** The campaign this tab was playing until another tab took it, if so. */
  lost(): LostCampaign | undefined;
  /** Called when `lost()` or the other campaigns change. */
  subscribe(listener: () => void): () => void;
}

/** Which campaign this tab had, kept across its reloads (sessionStorage). */
export interface TabMemory {
  get(): string | undefined;
  set(id: string | undefined): void;
}

const TAB_KEY = 'follow-up-call-trainer/tab-campaign';

/** Tab memory in sessionStorage; forgetful (never throwing) when that is blocked. */
export function sessionStorageMemory(storage: Storage | undefined): TabMemory {
  let id: string | undefined;
  return {
    get() {
      try {
        return storage?.getItem(TAB_KEY) ?? id;
      } catch {
        return id;
      }
    },
    set(next) {
      id = next;
      try {
        if (next === undefined) storage?.removeItem(TAB_KEY);
        else storage?.setItem(TAB_KEY, next);
      } catch {
        // Only costs which campaign a reload of this tab reopens.
      }
    },
  };
}

export interface TabSessionsOptions {
  locks?: CampaignLocks;
  memory?: TabMemory;
  /** Clock time (ms), stamped on each save so the latest campaign is offered first. */
  now?: () => number;
  /**
   * Resolves after `ms`. With it, a reload asks again for a while when its own campaign still
   * looks held: the page it replaces may not have let its lock go yet.
   */
  wait?: (ms: number) => Promise<void>;
}

/** This tab's campaigns on a shelf shared with the other tabs. */
export function tabSessions(shelf: SessionShelf, options: TabSessionsOptions = {}): TabSessions {
  const locks = options.locks ?? soloLocks();
  const memory = options.memory ?? sessionStorageMemory(undefined);
  const now = options.now ?? (() => 0);
  let current: { id: string; scenarioId: string; known: number } | undefined;
  let lostState: LostCampaign | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };

  const adopt = (session: SavedSession) => {
    if (current && current.id !== session.id && !lostState) locks.release(current.id);
    current = { id: session.id, scenarioId: session.scenarioId, known: session.revision ?? 0 };
    lostState = undefined;
    memory.set(session.id);
  };
  const lose = (reason: LostReason) => {
    if (!current || lostState) return;
    lostState = { id: current.id, scenarioId: current.scenarioId, reason };
    if (reason !== 'taken') locks.release(current.id);
    // Told after the current task: a save may be refused while the UI renders.
    queueMicrotask(notify);
  };

  locks.onLost((id) => {
    if (current?.id === id) lose('taken');
    else notify();
  });

  const take = (id: string, steal: boolean) =>
    after(locks.claim(id, steal), (claim) => {
      if (claim === 'busy') return undefined;
      const session = shelf.get(id);
      if (!session) {
        locks.release(id);
        return undefined;
      }
      adopt(session);
      notify();
      return session;
    });

  return {
    kind: 'tabs',
    load() {
      return current && !lostState ? shelf.get(current.id) : undefined;
    },
    save(session): SessionSave {
      if (current?.id !== session.id) {
        // A new campaign in this tab replaces the one it had (finished, or left for another).
        if (current && !lostState) {
          shelf.remove(current.id);
          locks.release(current.id);
        }
        current = { id: session.id, scenarioId: session.scenarioId, known: 0 };
        lostState = undefined;
        memory.set(session.id);
        // A fresh id: no other tab can hold it, so the lock is a formality and need not be awaited.
        void locks.claim(session.id);
      }
      if (lostState) return 'stale';
      const next = { ...session, revision: current.known + 1, savedAt: now() };
      const outcome = shelf.put(next);
      if (outcome === 'stale') {
        lose(shelf.get(session.id) ? 'newer' : 'gone');
        return outcome;
      }
      current.known = next.revision;
      return outcome;
    },
    clear() {
      if (!current) return;
      if (!lostState) {
        const stored = shelf.get(current.id);
        if (!stored || (stored.revision ?? 0) <= current.known) shelf.remove(current.id);
        locks.release(current.id);
      }
      current = undefined;
      lostState = undefined;
      memory.set(undefined);
      notify();
    },
    open() {
      const stored = shelf.list();
      const mine = memory.get();
      const first = stored.find((s) => s.id === mine) ?? stored[0];
      if (!first) return undefined;
      const wait = options.wait;
      const attempt = (left: number): Maybe<SavedSession | undefined> =>
        after(take(first.id, false), (session) =>
          session || first.id !== mine || !wait || left === 0
            ? session
            : wait(100).then(() => attempt(left - 1)),
        );
      return attempt(10);
    },
    others() {
      const skip = lostState ? undefined : current?.id;
      const list = shelf.list().filter((s) => s.id !== skip);
      if (list.length === 0) return [];
      return after(locks.heldElsewhere(), (held) =>
        list.map((session) => ({ session, elsewhere: held.has(session.id) })),
      );
    },
    take,
    lost: () => lostState,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The app's session store, which is always tab sessions (`tabSessions` or `memorySessionStore`). */
export function asTabSessions(store: SessionStore): TabSessions {
  if ((store as Partial<TabSessions>).kind !== 'tabs') {
    throw new Error('the session store must come from tabSessions() or memorySessionStore()');
  }
  return store as TabSessions;
}

import type { TabSessions } from './tabSessions';
import type { SavedSession, SessionSave } from './types';

/** Runs `work` later (once the frame is drawn); the returned function cancels it. */
export type Later = (work: () => void) => () => void;

/** Tab sessions whose saves may wait, and the way to write what waits at once. */
export interface LaterSaves extends TabSessions {
  /** Writes the save that is waiting, if any. */
  flush(): void;
  /**
   * While the page is being left (`true`, from `pagehide` until `pageshow`), saves are
   * written at once: there may be no later.
   */
  leaving(now: boolean): void;
}

/**
 * The app's rule for which saves may wait: a caller's turn inside a call. The time that matters
 * is between a click and the next line; a call's end, a dial or a plan is written at once, so a
 * tab that takes the campaign over a moment later finds it.
 */
export function onlyTurnsWait(session: SavedSession): boolean {
  const last = session.events[session.events.length - 1]?.type;
  return last === 'caller.chose' || last === 'caller.said';
}

/**
 * Saves of the campaign under way that wait until `later` (the app passes "when the browser
 * is next idle, within a moment"), so a turn's writing to storage is not in the time between
 * the learner's click and the next line on screen. Only the newest waiting save is written.
 * Everything else this tab asks of the store writes the waiting save first, so the tab never
 * reads an older campaign than it played, and a new campaign's save never lands before the
 * last save of the one it replaces.
 */
export function laterSaves(
  store: TabSessions,
  later: Later,
  /** Whether this save may wait (the app passes `onlyTurnsWait`); otherwise it is written at once. */
  mayWait: (session: SavedSession) => boolean = () => true,
): LaterSaves {
  let waiting: SavedSession | undefined;
  let cancel: (() => void) | undefined;
  let now = false;
  const write = (): SessionSave | undefined => {
    cancel?.();
    cancel = undefined;
    const session = waiting;
    waiting = undefined;
    return session && store.save(session);
  };
  const flush = () => {
    write();
  };
  const first =
    <A extends unknown[], R>(ask: (...args: A) => R) =>
    (...args: A): R => {
      flush();
      return ask(...args);
    };
  return {
    kind: 'tabs',
    flush,
    leaving(value) {
      now = value;
      if (value) flush();
    },
    save(session) {
      const atOnce = now || !mayWait(session);
      if (atOnce || (waiting && waiting.id !== session.id)) {
        flush();
        if (atOnce) return store.save(session);
      }
      waiting = session;
      if (cancel) return 'queued';
      let written: SessionSave | undefined;
      const stop = later(() => {
        cancel = undefined;
        written = write();
      });
      // A `later` that ran the work at once has written it.
      if (written !== undefined) return written;
      cancel = stop;
      return 'queued';
    },
    load: first(() => store.load()),
    clear: first(() => store.clear()),
    open: first(() => store.open()),
    others: first(() => store.others()),
    take: first((id: string, steal: boolean) => store.take(id, steal)),
    lost: first(() => store.lost()),
    subscribe: (listener) => store.subscribe(listener),
  };
}

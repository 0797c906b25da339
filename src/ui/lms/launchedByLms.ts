/**
 * What the SCORM package does before the app starts: a package of one scenario opens straight
 * into it, and when an LMS's SCORM 1.2 API is found the LMS link is fetched (its own chunk)
 * and the campaigns are kept there. The ordinary app (not built by `build:scorm`) skips all
 * of it: `launchedByLms` is undefined there, and nothing changes.
 */
import type { CallLog, Scorecard } from '../../scoring/types';
import type { TabSessions } from '../../storage/tabSessions';
import type { SavedSession } from '../../storage/types';
import type { Clock } from '../clock';
import { routeHash } from '../routes';
import { findScormApi } from './findScormApi';
import { packagedScenarios } from './packaged';

/** Where the debrief sends a finished campaign (the LMS, when launched by one). */
export interface LmsResults {
  finished(session: SavedSession, log: CallLog, card: Scorecard): void;
}

export interface LmsLaunch {
  /** The campaigns under way: kept in the LMS (this browser's store if the LMS refuses). */
  session: TabSessions;
  results: LmsResults;
  /** Settles once the LMS link is made or refused: open the app after it. */
  linked: Promise<unknown>;
}

/** Shows a scenario's campaign at start, unless the address already names a screen. */
function openAt(win: Window, scenarioId: string, always = false): void {
  const hash = win.location.hash;
  if (!always && hash !== '' && hash !== '#') return;
  win.history.replaceState(null, '', routeHash({ name: 'campaign', scenarioId }));
}

/**
 * The session store that goes to the LMS's store once the link is made, or to `fallback` when
 * the LMS refused the session or its code did not load. The app opens after `linked`, so it
 * finds the store chosen (`open` would wait for it otherwise).
 */
function linkedSessions(fallback: TabSessions, linked: Promise<TabSessions | undefined>) {
  let chosen: TabSessions | undefined;
  const ready = linked.then(
    (s) => (chosen = s ?? fallback),
    () => (chosen = fallback),
  );
  const now = () => chosen ?? fallback;
  const store: TabSessions = {
    kind: 'tabs',
    open: () => (chosen ? chosen.open() : ready.then((s) => s.open())),
    load: () => now().load(),
    save: (s) => now().save(s),
    clear: () => now().clear(),
    others: () => now().others(),
    take: (id, steal) => now().take(id, steal),
    lost: () => now().lost(),
    subscribe: (listener) => now().subscribe(listener),
  };
  return { store, ready };
}

/** The LMS launch, or undefined outside an LMS (and always in the ordinary app). */
export function launchedByLms(
  win: Window,
  fallback: TabSessions,
  clock: Clock,
): LmsLaunch | undefined {
  // Replaced when the app is built, so the ordinary build keeps none of what follows.
  if (import.meta.env.VITE_SCORM_SCENARIOS === undefined) return undefined;
  const packaged = packagedScenarios();
  if (Array.isArray(packaged) && packaged.length === 1) openAt(win, packaged[0] as string);
  const api = findScormApi(win);
  if (!api) return undefined;
  const link = import('./scormLink')
    .then((m) =>
      m.linkScorm(api, { win, clock, onResume: (scenarioId) => openAt(win, scenarioId, true) }),
    )
    .catch(() => undefined);
  const sessions = linkedSessions(
    fallback,
    link.then((l) => l?.session),
  );
  return {
    session: sessions.store,
    linked: sessions.ready,
    results: {
      finished: (session, log, card) => {
        void link.then((l) => l?.finished(session, log, card));
      },
    },
  };
}

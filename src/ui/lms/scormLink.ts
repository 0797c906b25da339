/**
 * The app's side of a SCORM 1.2 launch, fetched only once an LMS's API was found. The campaign
 * under way is kept in the LMS (`cmi.suspend_data`) instead of this browser's storage, so the
 * learner resumes it on their next launch from any device, and a package of one LMS never
 * sees another's campaigns; each save also says `incomplete` and commits; the debrief sends
 * the result and one interaction per caller turn; leaving the page finishes the session.
 */
import {
  type CmiValue,
  callerTurns,
  cmiTimespan,
  decodeSuspendData,
  interactionValues,
  progressValues,
  type RecordedResult,
  resultValues,
  type Scorm12Api,
  type Suspended,
} from '../../lms/scorm';
import type { CallLog, Scorecard } from '../../scoring/types';
import { memorySessionShelf, type SessionShelf } from '../../storage/sessionShelf';
import { type TabSessions, tabSessions } from '../../storage/tabSessions';
import type { SavedSession } from '../../storage/types';
import type { Clock } from '../clock';

export interface ScormLinkOptions {
  /** Where `pagehide` is heard (the SCO's window). */
  win: Pick<Window, 'addEventListener'>;
  clock: Clock;
  /** Told the scenario of the campaign the LMS kept, before the app opens, to show it. */
  onResume?: (scenarioId: string) => void;
}

export interface ScormLink {
  /** The campaigns under way, kept in the LMS. */
  session: TabSessions;
  /** Sends a finished campaign's result and interactions (once per campaign). */
  finished(session: SavedSession, log: CallLog, card: Scorecard): void;
}

const isTrue = (answer: unknown) => String(answer) === 'true';

/** Starts the LMS session; undefined when the LMS refuses it (the app then runs as usual). */
export function linkScorm(api: Scorm12Api, options: ScormLinkOptions): ScormLink | undefined {
  const safely = <T>(call: () => T): T | undefined => {
    try {
      return call();
    } catch {
      return undefined;
    }
  };
  if (!isTrue(safely(() => api.LMSInitialize('')))) return undefined;
  const { clock } = options;
  const startedAt = clock.now();
  const read = (element: string) => String(safely(() => api.LMSGetValue(element)) ?? '');
  const recorded: RecordedResult = {
    status: read('cmi.core.lesson_status'),
    score: read('cmi.core.score.raw'),
  };
  let interactions = Number.parseInt(read('cmi.interactions._count'), 10) || 0;
  let kept: Suspended | undefined = decodeSuspendData(read('cmi.suspend_data'));
  const reported = new Set<string>(kept?.reported ? [kept.session.id] : []);
  let open = true;
  // What was last written, so a save that changes nothing costs the LMS no call.
  const written = new Map<string, string>();

  const write = (values: readonly CmiValue[]) => {
    if (!open) return;
    let changed = false;
    for (const [element, value] of values) {
      if (written.get(element) === value) continue;
      safely(() => api.LMSSetValue(element, value));
      written.set(element, value);
      if (element === 'cmi.core.lesson_status') recorded.status = value;
      if (element === 'cmi.core.score.raw') recorded.score = value;
      changed = true;
    }
    if (changed) safely(() => api.LMSCommit(''));
  };
  const keep = (next: Suspended | undefined) => {
    kept = next;
    write(progressValues(kept, recorded.status));
  };

  // The session is the LMS's from here: "not attempted" no longer (an LMS may otherwise call
  // a launch that ends before any save "completed").
  write(progressValues(kept, recorded.status));

  const shelf = memorySessionShelf(kept ? [kept.session] : []);
  const observed: SessionShelf = {
    list: shelf.list,
    get: shelf.get,
    put(session) {
      const outcome = shelf.put(session);
      if (outcome === 'saved') keep({ session, reported: reported.has(session.id) });
      return outcome;
    },
    remove(id) {
      shelf.remove(id);
      if (kept?.session.id === id) keep(undefined);
    },
  };

  options.win.addEventListener('pagehide', () => {
    if (!open) return;
    safely(() => api.LMSSetValue('cmi.core.session_time', cmiTimespan(clock.now() - startedAt)));
    safely(() => api.LMSFinish(''));
    open = false;
  });

  if (kept) options.onResume?.(kept.session.scenarioId);
  return {
    session: tabSessions(observed, { now: clock.now }),
    finished(session, log, card) {
      if (!open || reported.has(session.id)) return;
      reported.add(session.id);
      const result = resultValues(card, recorded);
      const status = result.find(([element]) => element === 'cmi.core.lesson_status');
      const turns = interactionValues(log, card, interactions);
      interactions += callerTurns(log);
      if (kept?.session.id === session.id) kept = { ...kept, reported: true };
      // One commit: the result, each caller turn, and the campaign marked as reported.
      write([...result, ...turns, ...progressValues(kept, status?.[1] ?? recorded.status)]);
    },
  };
}

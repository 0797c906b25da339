import { createRoot } from 'react-dom/client';
import { browserLocks, safely, wait } from '../storage/browserStorage';
import { indexedDbHistory } from '../storage/indexedDbHistory';
import { laterSaves, onlyTurnsWait } from '../storage/laterSaves';
import { resilientHistory } from '../storage/resilientHistory';
import { webSessionShelf } from '../storage/sessionShelf';
import { storageHealth } from '../storage/storageHealth';
import { sessionStorageMemory, tabSessions } from '../storage/tabSessions';
import { afterFrame, systemClock } from './clock';
import { newId } from './ids';
import { builtInCards } from './library/builtInLibrary';
import { launchedByLms } from './lms/launchedByLms';
import { Root } from './Root';
import { ScreenBoundary } from './ScreenBoundary';
import { StorageHealthProvider } from './storageHealth';
import { voiceLoader } from './voice/runtime';
import './styles/base.css';
import './styles/plan.css';
import './styles/call.css';
import './styles/debrief.css';
import './styles/progress.css';
import './styles/notices.css';
import './shell/shell.css';

// Storage may be missing, full or blocked (private mode, cookies blocked: even reading
// `window.indexedDB` can throw). The app then keeps things in memory and says so once.
const health = storageHealth();
const indexedDB = safely(() => window.indexedDB);
const session = tabSessions(
  webSessionShelf(
    safely(() => window.localStorage),
    { onProblem: () => health.report('session') },
  ),
  {
    locks: browserLocks(window, newId()),
    memory: sessionStorageMemory(safely(() => window.sessionStorage)),
    now: systemClock.now,
    wait,
  },
);

// Launched by an LMS (the SCORM package only): campaigns are kept in the LMS, results go there;
// the app opens once the LMS has said where the learner left off.
const lms = launchedByLms(window, session, systemClock);

const library = builtInCards();

// A turn's save waits until the next line is on screen; leaving the page writes it at once
// (these listeners come before the app's own, so its last save on `pagehide` is written too).
// Anything but a caller's turn (a hang-up, a dial, a plan) is written at once.
const sessions = laterSaves(lms?.session ?? session, afterFrame, onlyTurnsWait);
window.addEventListener('pagehide', () => sessions.leaving(true));
window.addEventListener('pageshow', () => sessions.leaving(document.visibilityState === 'hidden'));
// A hidden page may be frozen or discarded without a `pagehide` (phones do this): while hidden,
// every save is written at once, as when leaving.
document.addEventListener('visibilitychange', () => {
  sessions.leaving(document.visibilityState === 'hidden');
});
sessions.leaving(document.visibilityState === 'hidden');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <ScreenBoundary>
      <StorageHealthProvider health={health}>
        <Root
          services={{
            clock: systemClock,
            history: resilientHistory(indexedDB && indexedDbHistory(indexedDB), () =>
              health.report('history'),
            ),
            session: sessions,
            later: afterFrame,
            lms: lms?.results,
            newId,
            // Speech (and the settings' validation) comes in its own chunk, when a call needs it.
            voice: voiceLoader(() =>
              import('./voice/browserRuntime').then((m) => m.createBrowserVoiceRuntime()),
            ),
          }}
          library={lms ? lms.linked.then(() => library) : library}
        />
      </StorageHealthProvider>
    </ScreenBoundary>,
  );
}

// Once the first screen is up and the browser is idle: the service worker (offline use, new
// versions offered) and the wish to keep the data, in a chunk of their own.
window.addEventListener(
  'load',
  () =>
    (window.requestIdleCallback ?? ((run: () => void) => run()))(() => {
      import('./shell/afterStart').then((m) => m.afterStart()).catch(() => undefined);
    }),
  { once: true },
);

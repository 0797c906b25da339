import { createRoot } from 'react-dom/client';
import { browserLocks, safely, wait } from '../storage/browserStorage';
import { indexedDbHistory } from '../storage/indexedDbHistory';
import { resilientHistory } from '../storage/resilientHistory';
import { webSessionShelf } from '../storage/sessionShelf';
import { storageHealth } from '../storage/storageHealth';
import { sessionStorageMemory, tabSessions } from '../storage/tabSessions';
import { systemClock } from './clock';
import { newId } from './ids';
import { builtInLibrary } from './library/builtInLibrary';
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

const library = builtInLibrary();

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
            session,
            newId,
            // Speech (and the settings' validation) comes in its own chunk, when a call needs it.
            voice: voiceLoader(() =>
              import('./voice/browserRuntime').then((m) => m.createBrowserVoiceRuntime()),
            ),
          }}
          library={library}
        />
      </StorageHealthProvider>
    </ScreenBoundary>,
  );
}

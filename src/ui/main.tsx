import { createRoot } from 'react-dom/client';
import { indexedDbHistory } from '../storage/indexedDbHistory';
import { memoryHistory } from '../storage/memoryHistory';
import { memorySessionStore, webSessionStore } from '../storage/sessionStore';
import { systemClock } from './clock';
import { newId } from './ids';
import { builtInLibrary } from './library/builtInLibrary';
import { Root } from './Root';
import { voiceLoader } from './voice/runtime';
import './styles/base.css';
import './styles/plan.css';
import './styles/call.css';
import './styles/debrief.css';
import './styles/progress.css';

function sessionStore() {
  try {
    return webSessionStore(window.localStorage);
  } catch {
    return memorySessionStore();
  }
}

const library = builtInLibrary();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <Root
      services={{
        clock: systemClock,
        history: 'indexedDB' in window ? indexedDbHistory(window.indexedDB) : memoryHistory(),
        session: sessionStore(),
        newId,
        // Speech (and the settings' validation) comes in its own chunk, when a call needs it.
        voice: voiceLoader(() =>
          import('./voice/browserRuntime').then((m) => m.createBrowserVoiceRuntime()),
        ),
      }}
      library={library}
    />,
  );
}

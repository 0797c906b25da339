import { lazy, Suspense, useRef, useState } from 'react';
import { type CampaignMachine, createCampaignMachine } from '../scenario/campaignMachine';
import type { Library } from '../scenario/library';
import { replayEvents } from '../scenario/replay';
import type { Scenario } from '../scenario/schema';
import type { SavedSession } from '../storage/types';
import { CampaignScreen } from './campaign/CampaignScreen';
import { AppFooter } from './components/AppFooter';
import { AppHeader, type Place } from './components/AppHeader';
import { LibraryProblems } from './components/LibraryProblems';
import { LoadProblemBoundary } from './components/LoadProblemBoundary';
import { ResumeBanner } from './components/ResumeBanner';
import { VoiceSettingsRegion } from './components/VoiceSettingsRegion';
import { useHistory } from './history/HistoryProvider';
import { PickScreen } from './screens/PickScreen';
import { useServices } from './services';

// Charts, import validation and export are not needed to start practising: load them on demand.
const ProgressScreen = lazy(() => import('./progress/ProgressScreen'));

export interface AppProps {
  library: Library;
}

type Screen =
  | { name: 'pick' }
  | { name: 'progress' }
  | { name: 'campaign'; scenario: Scenario; resume?: SavedSession };

function resumed(library: Library, saved: SavedSession | undefined): Screen {
  const scenario = saved && library.scenarios.find((s) => s.id === saved.scenarioId);
  return scenario && saved ? { name: 'campaign', scenario, resume: saved } : { name: 'pick' };
}

const machines = new WeakMap<Scenario, CampaignMachine>();

/** True once the campaign is over (its debrief is in the history): asked of its machine. */
function isFinished(library: Library, session: SavedSession): boolean {
  const scenario = library.scenarios.find((s) => s.id === session.scenarioId);
  if (!scenario) return false;
  let machine = machines.get(scenario);
  if (!machine) {
    machine = createCampaignMachine(scenario);
    machines.set(scenario, machine);
  }
  return replayEvents(machine, session.events).done;
}

/** The app shell: where the learner is, and the way between screens. */
export function App({ library }: AppProps) {
  const services = useServices();
  const history = useHistory();
  const [screen, setScreen] = useState<Screen>(() => resumed(library, services.session.load()));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const closeSettings = () => {
    setSettingsOpen(false);
    settingsButton.current?.focus();
  };
  const go = (next: Screen) => {
    // A finished campaign is in the history: forget it. An unfinished one waits to be resumed.
    const saved = services.session.load();
    if (next.name !== 'campaign' && saved && isFinished(library, saved)) services.session.clear();
    setScreen(next);
  };
  const saved = screen.name === 'pick' ? services.session.load() : undefined;
  const waiting = saved && !isFinished(library, saved) ? resumed(library, saved) : undefined;
  const place: Place =
    screen.name === 'progress' ? 'progress' : screen.name === 'pick' ? 'pick' : 'campaign';
  return (
    <>
      <AppHeader
        place={place}
        onNavigate={(to) => go({ name: to })}
        settingsOpen={settingsOpen}
        onToggleSettings={() => setSettingsOpen((open) => !open)}
        settingsButtonRef={settingsButton}
      />
      {settingsOpen && <VoiceSettingsRegion onClose={closeSettings} />}
      <main id="main" tabIndex={-1}>
        <LibraryProblems problems={library.problems} />
        {screen.name === 'campaign' && (
          <CampaignScreen
            key={screen.scenario.id}
            scenario={screen.scenario}
            {...(screen.resume ? { resume: screen.resume } : {})}
            onShowProgress={() => go({ name: 'progress' })}
            onExit={() => go({ name: 'pick' })}
          />
        )}
        {screen.name === 'pick' && waiting?.name === 'campaign' && (
          <ResumeBanner scenario={waiting.scenario} onResume={() => go(waiting)} />
        )}
        {screen.name === 'pick' && (
          <PickScreen
            scenarios={library.scenarios}
            history={history.records}
            onPick={(scenario) => go({ name: 'campaign', scenario })}
          />
        )}
        {screen.name === 'progress' && (
          <LoadProblemBoundary what="Your progress">
            <Suspense fallback={<p>Loading your progress…</p>}>
              <ProgressScreen />
            </Suspense>
          </LoadProblemBoundary>
        )}
      </main>
      <AppFooter />
    </>
  );
}

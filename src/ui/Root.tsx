import { StrictMode, Suspense, use } from 'react';
import type { ScenarioCard } from '../scenario/card';
import type { Library } from '../scenario/library';
import { App } from './App';
import { AnnouncerProvider } from './announcer';
import { FocusPolicyProvider } from './focusPolicy';
import { HistoryProvider } from './history/HistoryProvider';
import { type Services, ServicesProvider } from './services';
import { WorkshopGate } from './workshop/ActivePack';

function LoadedApp({ library }: { library: Promise<Library<ScenarioCard>> }) {
  const loaded = use(library);
  return (
    <WorkshopGate scenarioIds={loaded.scenarios.map((s) => s.id)}>
      <App library={loaded} />
    </WorkshopGate>
  );
}

/** Everything the app needs around it; the scenario library arrives as a promise (lazy chunk). */
export function Root({
  services,
  library,
}: {
  services: Services;
  library: Promise<Library<ScenarioCard>>;
}) {
  return (
    <StrictMode>
      <ServicesProvider services={services}>
        <HistoryProvider store={services.history}>
          <FocusPolicyProvider>
            <AnnouncerProvider>
              <Suspense fallback={<p className="loading">Loading scenarios…</p>}>
                <LoadedApp library={library} />
              </Suspense>
            </AnnouncerProvider>
          </FocusPolicyProvider>
        </HistoryProvider>
      </ServicesProvider>
    </StrictMode>
  );
}

import { StrictMode, Suspense, use } from 'react';
import type { ScenarioCard } from '../scenario/card';
import type { Library } from '../scenario/library';
import { App } from './App';
import { AnnouncerProvider } from './announcer';
import { FocusPolicyProvider } from './focusPolicy';
import { HistoryProvider } from './history/HistoryProvider';
import { type Services, ServicesProvider } from './services';

function LoadedApp({ library }: { library: Promise<Library<ScenarioCard>> }) {
  return <App library={use(library)} />;
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

import { useState } from 'react';
import type { Library } from '../scenario/library';
import { formatProblem } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { ARTICLE_CREDIT } from '../scoring/tips';
import { CampaignScreen } from './screens/CampaignScreen';
import { PickScreen } from './screens/PickScreen';

export interface AppProps {
  library: Library;
}

/** The app shell: pick a scenario, then play its campaign. */
export function App({ library }: AppProps) {
  const [scenario, setScenario] = useState<Scenario | undefined>();
  return (
    <>
      <header className="app-header">
        <p className="app-name">Follow-Up Call Trainer</p>
      </header>
      <main id="main">
        {library.problems.length > 0 && (
          <section className="notice notice-error" aria-labelledby="problems-title">
            <h2 id="problems-title">Some scenario files could not be loaded</h2>
            <ul>
              {library.problems.map((p) => (
                <li key={formatProblem(p)}>
                  <code>{formatProblem(p)}</code>
                </li>
              ))}
            </ul>
          </section>
        )}
        {scenario ? (
          <CampaignScreen scenario={scenario} onExit={() => setScenario(undefined)} />
        ) : (
          <PickScreen scenarios={library.scenarios} onPick={setScenario} />
        )}
      </main>
      <footer className="app-footer">
        <p>{ARTICLE_CREDIT}</p>
      </footer>
    </>
  );
}

import { useId } from 'react';
import type { Scenario } from '../../scenario/schema';
import type { CampaignRecord } from '../../storage/types';
import { ScenarioCard } from '../components/ScenarioCard';
import { ScreenHeading } from '../components/ScreenHeading';
import { bestScores } from '../model/bestScores';

export interface PickScreenProps {
  scenarios: readonly Scenario[];
  history: readonly CampaignRecord[];
  onPick: (scenario: Scenario) => void;
}

/** Scenario cards: title, situation, difficulty, the tips it trains, best previous score. */
export function PickScreen({ scenarios, history, onPick }: PickScreenProps) {
  const id = useId();
  const best = bestScores(history);
  return (
    <section className="screen" aria-labelledby={id}>
      <ScreenHeading id={id}>Choose a call to practise</ScreenHeading>
      <p className="lead">
        Rehearse the follow-up call after a job interview: decide when to call, handle whoever picks
        up, then see what went well and what to change.
      </p>
      {scenarios.length === 0 && <p>No scenarios are available.</p>}
      <ul className="cards">
        {scenarios.map((s) => {
          const score = best.get(s.id);
          return (
            <li key={s.id}>
              <ScenarioCard
                scenario={s}
                onPick={onPick}
                {...(score === undefined ? {} : { best: score })}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

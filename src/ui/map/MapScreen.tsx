import { useId } from 'react';
import type { Scenario } from '../../scenario/schema';
import { ScreenHeading } from '../components/ScreenHeading';
import { ScenarioMap } from './ScenarioMap';

export interface MapScreenProps {
  scenario: Scenario;
  onPractise: (scenario: Scenario) => void;
  onBack: () => void;
}

/** `#/map/<id>`: the whole scenario as a map, before (or instead of) playing it. */
export default function MapScreen({ scenario, onPractise, onBack }: MapScreenProps) {
  const id = useId();
  return (
    <section className="screen map-screen" aria-labelledby={id}>
      <ScreenHeading id={id}>Map: {scenario.title}</ScreenHeading>
      <p>
        Every way this call can go: who answers when you dial, what each person says, and where each
        line you could say leads.
      </p>
      <div className="actions">
        <button type="button" onClick={() => onPractise(scenario)}>
          Practise this call
        </button>
        <button type="button" className="secondary" onClick={onBack}>
          Back to the scenarios
        </button>
      </div>
      <ScenarioMap scenario={scenario} />
    </section>
  );
}

import type { Scenario } from '../../scenario/schema';
import { TIPS } from '../../scoring/tips';

export interface PickScreenProps {
  scenarios: Scenario[];
  onPick: (scenario: Scenario) => void;
}

/** Scenario cards: title, situation, difficulty, the tips it trains. */
export function PickScreen({ scenarios, onPick }: PickScreenProps) {
  return (
    <section aria-labelledby="pick-title">
      <h1 id="pick-title">Choose a call to practise</h1>
      {scenarios.length === 0 && <p>No scenarios are available.</p>}
      <ul className="cards">
        {scenarios.map((s) => (
          <li key={s.id} className="card">
            <h2>{s.title}</h2>
            <p>{s.summary}</p>
            <p className="meta">
              Difficulty: <strong>{s.difficulty}</strong> · Trains:{' '}
              {s.tips.map((t) => TIPS[t].title).join(', ')}
            </p>
            <button type="button" onClick={() => onPick(s)} aria-label={`Practise “${s.title}”`}>
              Practise
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

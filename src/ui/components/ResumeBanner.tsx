import { useId } from 'react';
import type { ScenarioCard } from '../../scenario/card';

export interface ResumeBannerProps {
  scenario: ScenarioCard;
  onResume: () => void;
}

/** A campaign left unfinished: pick it up again, or start another (which replaces it). */
export function ResumeBanner({ scenario, onResume }: ResumeBannerProps) {
  const id = useId();
  return (
    <section className="resume" aria-labelledby={id}>
      <h2 id={id}>Your practice is waiting</h2>
      <p>
        You left “{scenario.title}” before the debrief. Pick it up where you were; starting another
        scenario replaces it.
      </p>
      <button type="button" onClick={onResume}>
        Continue “{scenario.title}”
      </button>
    </section>
  );
}

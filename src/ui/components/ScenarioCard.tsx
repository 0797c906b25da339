import { useId } from 'react';
import type { ScenarioCard as Card } from '../../scenario/card';
import { TIPS } from '../../scoring/tips';
import { scoreBand } from '../model/dimensions';
import { routeHash } from '../routes';

export interface ScenarioCardProps {
  scenario: Card;
  /** Best overall score of earlier campaigns, if any. */
  best?: number;
  /** A workshop holds the scores until the end: the card says so instead. */
  bestHidden?: boolean;
  onPick: (scenario: Card) => void;
  /** A workshop's own scenario has no map page (its file is checked only when played). */
  map?: boolean;
}

const DIFFICULTY: Record<Card['difficulty'], string> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
};

/** One scenario on the pick screen: situation, difficulty, tips trained, best score. */
export function ScenarioCard({
  scenario,
  best,
  bestHidden = false,
  onPick,
  map = true,
}: ScenarioCardProps) {
  const id = useId();
  return (
    <article className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{scenario.title}</h2>
      <p>{scenario.summary}</p>
      <dl className="facts">
        <div>
          <dt>Difficulty</dt>
          <dd>
            <span className={`difficulty difficulty-${scenario.difficulty}`}>
              {DIFFICULTY[scenario.difficulty]}
            </span>
          </dd>
        </div>
        <div>
          <dt>Tips trained</dt>
          <dd>{scenario.tips.map((t) => TIPS[t].title).join(' · ')}</dd>
        </div>
        <div>
          <dt>Your best</dt>
          <dd>
            {bestHidden
              ? 'Shown at the end of the workshop'
              : best === undefined
                ? 'Not tried yet'
                : `${best} / 100 (${scoreBand(best).label})`}
          </dd>
        </div>
      </dl>
      <div className="card-actions">
        <button
          type="button"
          onClick={() => onPick(scenario)}
          aria-label={`Practise “${scenario.title}”`}
        >
          Practise
        </button>
        {/* A link: the map is an address of its own (Back returns here, it can be opened in a tab). */}
        {map && <MapLink scenario={scenario} />}
      </div>
    </article>
  );
}

/** The link to a scenario's map (an address of its own: Back returns, it opens in a tab). */
export function MapLink({
  scenario,
  small = false,
}: {
  scenario: { id: string; title: string };
  small?: boolean;
}) {
  return (
    <a
      className={small ? 'button-link small' : 'button-link'}
      href={routeHash({ name: 'map', scenarioId: scenario.id })}
      aria-label={`See the map of “${scenario.title}”`}
    >
      See the map
    </a>
  );
}

import type { Scenario } from '../../scenario/schema';
import { ScenarioMap } from '../map/ScenarioMap';

export interface LiveMapProps {
  headingId: string;
  /** The last valid version of the text, if there has been one. */
  scenario?: Scenario | undefined;
  /** The text has changed since and is not valid now. */
  outOfDate: boolean;
}

/** The map beside the editor: redrawn from each valid version, kept (and said to be old) while the text is not. */
export function LiveMap({ headingId, scenario, outOfDate }: LiveMapProps) {
  return (
    <section className="own-map" aria-labelledby={headingId}>
      <h2 id={headingId}>Map{scenario ? `: ${scenario.title}` : ''}</h2>
      {!scenario && <p>The map appears here once the text is a valid scenario.</p>}
      {scenario && outOfDate && (
        <p className="notice-stale">
          <strong>Out of date:</strong> the text has problems now, so this is the map of its last
          valid version.
        </p>
      )}
      {scenario && <ScenarioMap scenario={scenario} headingLevel={3} />}
    </section>
  );
}

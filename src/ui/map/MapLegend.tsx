import { OUTCOME_LABELS } from '../../scenario/scenarioGraph';
import { OUTCOMES } from '../../scenario/schema';

/** What the shapes, lines and colours mean (each also says it in words on the map). */
export function MapLegend({
  withPath,
  withModel = false,
}: {
  withPath: boolean;
  withModel?: boolean;
}) {
  return (
    <details className="map-legend">
      <summary>What the shapes and lines mean</summary>
      <ul>
        <li>
          Rounded box: the receptionist · pill: the interviewer · folded corner: voicemail · square
          dashed box: the narrator · circle: the phone rings (answer rules lead from it)
        </li>
        <li>
          Solid line with a number: a choice · dashed line with intents: your own words matching a
          route · dotted line: own words matching nothing (otherwise) · plain line: the call moves
          on by itself
        </li>
        <li>
          Endings are coloured and say their outcome:{' '}
          {OUTCOMES.map((o) => OUTCOME_LABELS[o]).join(', ')}
        </li>
        <li>⚠ marks a node no call reaches, or a dead end (no call from it can end)</li>
        {withPath && (
          <li>✓ and a thick dark line: your path; the paler rest: the branches you did not take</li>
        )}
        {withModel && (
          <li>
            ☆ and a green dotted line: where the model line would have led, at the turns you had
          </li>
        )}
      </ul>
    </details>
  );
}

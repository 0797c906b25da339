import type { BranchPoint } from '../../workshop/dashboard';

/** For each branch point, how many chose each line: a bar and the count, never the bar alone. */
export function BranchChoices({ points }: { points: readonly BranchPoint[] }) {
  if (points.length === 0) return <p>No chosen lines in these campaigns.</p>;
  return (
    <ol className="branch-points">
      {points.map((b) => (
        <li key={`${b.scenarioId}/${b.node}`} className="branch-point">
          <h3>
            {b.scenarioTitle}: <code>{b.node}</code>
          </h3>
          {b.prompt && (
            <p className="branch-prompt">
              <span className="visually-hidden">They said: </span>“{b.prompt}”
            </p>
          )}
          {b.rooms > 0 && (
            <p className="hint">
              The room column adds the hands counted in {b.rooms} room
              {b.rooms === 1 ? '' : 's'} here ({b.hands} in all); each room’s pick is also one line
              in the first count.
            </p>
          )}
          <ul className={b.rooms > 0 ? 'choice-counts with-room' : 'choice-counts'}>
            {b.choices.map((c) => (
              <li key={c.id}>
                <span className="choice-bar" aria-hidden="true">
                  <span style={{ width: `${b.total ? (100 * c.count) / b.total : 0}%` }} />
                </span>
                <span className="choice-count">
                  {c.count} of {b.total}
                </span>{' '}
                {b.rooms > 0 && (
                  <>
                    <span className="choice-room">
                      room: {c.hands} of {b.hands} hands
                    </span>{' '}
                  </>
                )}
                <span className="choice-text">
                  {c.number !== undefined && `${c.number}. `}
                  {c.text}
                  {!c.authored && <span className="hint"> (not in the built-in scenario)</span>}
                </span>
              </li>
            ))}
            {b.ownWords > 0 && (
              <li>
                <span className="choice-bar" aria-hidden="true">
                  <span style={{ width: `${(100 * b.ownWords) / b.total}%` }} />
                </span>
                <span className="choice-count">
                  {b.ownWords} of {b.total}
                </span>{' '}
                {b.rooms > 0 && (
                  <>
                    <span className="choice-room">room: —</span>{' '}
                  </>
                )}
                <span className="choice-text">typed or said in their own words</span>
              </li>
            )}
          </ul>
        </li>
      ))}
    </ol>
  );
}

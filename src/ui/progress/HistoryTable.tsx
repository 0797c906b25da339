import { useRef, useState } from 'react';
import { DIMENSIONS } from '../../scoring/types';
import type { CampaignRecord } from '../../storage/types';
import { DIMENSION_LABELS } from '../model/dimensions';
import { shortDate } from '../model/format';

/** Rows shown at first, and added by each "Show more": a long history stays quick to draw. */
export const HISTORY_PAGE = 50;

/** Every finished campaign with its scores, newest first: the chart's numbers as a table. */
export function HistoryTable({
  records,
  onRemove,
  onOpen,
}: {
  records: readonly CampaignRecord[];
  /** Deletes a campaign, asked and confirmed in its row. */
  onRemove?: (id: string) => Promise<void>;
  /** Opens a campaign's debrief again. */
  onOpen?: (id: string) => void;
}) {
  const [shown, setShown] = useState(HISTORY_PAGE);
  const [asking, setAsking] = useState<string | undefined>();
  const region = useRef<HTMLElement>(null);
  const newestFirst = [...records].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  const rows = newestFirst.slice(0, shown);
  const more = newestFirst.length - rows.length;
  return (
    <>
      {/* A scrolling region must be reachable by keyboard to scroll it (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above */}
      <section className="table-scroll" aria-label="Finished campaigns" tabIndex={0} ref={region}>
        <table>
          <caption>Finished campaigns, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Scenario</th>
              <th scope="col">Calls</th>
              <th scope="col">Overall</th>
              {DIMENSIONS.map((d) => (
                <th key={d} scope="col">
                  {DIMENSION_LABELS[d]}
                </th>
              ))}
              {onRemove && <th scope="col">Delete</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{shortDate(r.finishedAt)}</td>
                <th scope="row">
                  {onOpen ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Open the debrief of “${r.scenarioTitle}”, ${shortDate(r.finishedAt)}`}
                      onClick={() => onOpen(r.id)}
                    >
                      {r.scenarioTitle}
                    </button>
                  ) : (
                    r.scenarioTitle
                  )}
                </th>
                <td>{r.log.attempts.length}</td>
                <td>{r.scorecard.overall}</td>
                {DIMENSIONS.map((d) => (
                  <td key={d}>{r.scorecard.dimensions[d].score}</td>
                ))}
                {onRemove && (
                  <td>
                    {asking === r.id ? (
                      <span className="row-confirm">
                        <button
                          type="button"
                          className="danger small"
                          onClick={() => {
                            setAsking(undefined);
                            void onRemove(r.id).then(() => region.current?.focus());
                          }}
                        >
                          Delete for good
                        </button>{' '}
                        <button
                          type="button"
                          className="secondary small"
                          onClick={() => setAsking(undefined)}
                        >
                          Keep
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="secondary small"
                        aria-label={`Delete “${r.scenarioTitle}”, ${shortDate(r.finishedAt)}`}
                        onClick={() => setAsking(r.id)}
                      >
                        Delete…
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {more > 0 && (
        <p className="hint">
          Showing the newest {rows.length} of {newestFirst.length}.
        </p>
      )}
      {more > 0 && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            // The button goes when the last rows come: focus must not fall back to the page.
            if (more <= HISTORY_PAGE) region.current?.focus();
            setShown((n) => n + HISTORY_PAGE);
          }}
        >
          Show {Math.min(more, HISTORY_PAGE)} more
        </button>
      )}
    </>
  );
}

import { DIMENSIONS } from '../../scoring/types';
import type { CampaignRecord } from '../../storage/types';
import { DIMENSION_LABELS } from '../model/dimensions';
import { shortDate } from '../model/format';

/** Every finished campaign with its scores, newest first: the chart's numbers as a table. */
export function HistoryTable({ records }: { records: readonly CampaignRecord[] }) {
  const newestFirst = [...records].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  return (
    // A scrolling region must be reachable by keyboard to scroll it (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <section className="table-scroll" aria-label="Finished campaigns" tabIndex={0}>
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
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((r) => (
            <tr key={r.id}>
              <td>{shortDate(r.finishedAt)}</td>
              <th scope="row">{r.scenarioTitle}</th>
              <td>{r.log.attempts.length}</td>
              <td>{r.scorecard.overall}</td>
              {DIMENSIONS.map((d) => (
                <td key={d}>{r.scorecard.dimensions[d].score}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

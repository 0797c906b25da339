import { DIMENSIONS } from '../../scoring/types';
import type { ClassSummary } from '../../workshop/dashboard';
import { DIMENSION_LABELS } from '../model/dimensions';

const num = (n: number | undefined) => (n === undefined ? '—' : String(n));

/** How each scenario went: campaigns, people, the overall score's spread and each dimension's mean. */
export function ScenarioResults({ summary }: { summary: ClassSummary }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" aria-label="Results per scenario" tabIndex={0}>
      <table>
        <caption>Results per scenario (scores are means unless said)</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Campaigns</th>
            <th scope="col">People</th>
            <th scope="col">Overall mean</th>
            <th scope="col">Overall median</th>
            <th scope="col">Overall range</th>
            {DIMENSIONS.map((d) => (
              <th key={d} scope="col">
                {DIMENSION_LABELS[d]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.scenarios.map((s) => (
            <tr key={s.scenarioId}>
              <th scope="row">{s.title}</th>
              <td>{s.campaigns}</td>
              <td>{s.participants.length}</td>
              <td>{num(s.overall?.mean)}</td>
              <td>{num(s.overall?.median)}</td>
              <td>{s.overall ? `${s.overall.min}–${s.overall.max}` : '—'}</td>
              {DIMENSIONS.map((d) => (
                <td key={d}>{num(s.means[d])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Who finished which scenario: one row per person, one column per scenario. */
export function WhoFinished({ summary }: { summary: ClassSummary }) {
  const done = new Map(summary.rows.map((r) => [`${r.participant.key}\u0000${r.scenarioId}`, r]));
  const completion = summary.completion;
  return (
    <>
      {completion && completion.scenarioIds.length > 0 && (
        <p>
          Finished all {completion.scenarioIds.length} chosen scenario
          {completion.scenarioIds.length === 1 ? '' : 's'}: {completion.complete.length} of{' '}
          {summary.participants.length}
          {completion.complete.length > 0 &&
            ` (${completion.complete.map((p) => p.label).join(', ')})`}
          .
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="table-scroll" aria-label="Who finished" tabIndex={0}>
        <table>
          <caption>Who finished which scenario (latest overall score)</caption>
          <thead>
            <tr>
              <th scope="col">Participant</th>
              {summary.scenarios.map((s) => (
                <th key={s.scenarioId} scope="col">
                  {s.title}
                </th>
              ))}
              {completion && <th scope="col">All chosen</th>}
            </tr>
          </thead>
          <tbody>
            {summary.participants.map((p) => {
              const missing = completion?.incomplete.find((i) => i.participant.key === p.key);
              return (
                <tr key={p.key}>
                  <th scope="row">{p.label}</th>
                  {summary.scenarios.map((s) => {
                    const row = done.get(`${p.key}\u0000${s.scenarioId}`);
                    return (
                      <td key={s.scenarioId}>
                        {row ? (
                          <>
                            <span aria-hidden="true">✓ </span>
                            {row.latest.card.overall}
                            {row.campaigns > 1 && ` (${row.campaigns} campaigns)`}
                          </>
                        ) : (
                          <>
                            <span aria-hidden="true">— </span>
                            <span className="visually-hidden">not finished</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                  {completion && <td>{missing ? `${missing.missing.length} to go` : '✓ yes'}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}

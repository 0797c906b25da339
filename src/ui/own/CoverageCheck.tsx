import { useId } from 'react';
import type { CoverageReport } from '../../scenario/coverage';
import type { Scenario } from '../../scenario/schema';
import { useScenarioTask } from './useScenarioTask';

export interface CoverageCheckProps {
  scenario: Scenario;
  /** The file's name, for `file:line:column`. */
  name: string;
  locate: (path: readonly (string | number)[]) => { line: number; column: number };
}

/**
 * "Check coverage": explores every path of the scenario, as the library test does, and lists
 * each node no path reaches and each transition no path takes, at its line. The exploration
 * (and XState) is fetched when asked for.
 */
export function CoverageCheck({ scenario, name, locate }: CoverageCheckProps) {
  const id = useId();
  const [state, start] = useScenarioTask<CoverageReport>(scenario);
  const run = () =>
    start(() =>
      import('../../scenario/coverage').then(
        ({ coverageOf }) => coverageOf(scenario),
        () => Promise.reject(new Error('the check could not be loaded')),
      ),
    );
  return (
    <section aria-labelledby={`${id}-title`} className="coverage">
      <h3 id={`${id}-title`}>Coverage</h3>
      <p className="hint">
        Tries every path a learner could take (each choice, each route, own words, hanging up, the
        days and times that matter) and lists what no path reaches.
      </p>
      <button type="button" className="secondary" onClick={run} disabled={state.kind === 'running'}>
        Check coverage
      </button>
      <div role="status">
        {state.kind === 'running' && <p>Checking every path…</p>}
        {state.kind === 'failed' && <p>The coverage check failed: {state.reason}.</p>}
        {state.kind === 'done' && state.report.uncovered.length === 0 && (
          <p>
            Every node is reached and every transition is taken ({state.report.situations}{' '}
            situations explored).
          </p>
        )}
        {state.kind === 'done' && state.report.uncovered.length > 0 && (
          <p>
            {state.report.uncovered.length} not covered ({state.report.situations} situations
            explored):
          </p>
        )}
      </div>
      {state.kind === 'done' && state.report.uncovered.length > 0 && (
        <ul className="problems">
          {state.report.uncovered.map((u) => {
            const at = locate(u.path);
            const where = `${name}:${at.line}:${at.column}`;
            return (
              <li key={`${where} ${u.what}`}>
                <code>
                  {where}: {u.what}
                </code>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import { useId, useState } from 'react';
import type { Scenario } from '../../scenario/schema';
import type { WalkthroughReport } from '../../scenario/walkthroughReport';
import { useScenarioTask } from './useScenarioTask';

export interface WalkthroughCheckProps {
  scenario: Scenario;
  /** The scenario file's name: its walkthrough file is named after it. */
  name: string;
}

/**
 * The scenario's walkthrough file (pasted or opened), run against it in the browser by the
 * very code `scenarios:check` runs (`checkWalkthroughs`): which walkthroughs pass, and where
 * the others went wrong.
 */
export function WalkthroughCheck({ scenario, name }: WalkthroughCheckProps) {
  const id = useId();
  const fileName = `${name.replace(/\.ya?ml$/i, '')}.walkthrough.yaml`;
  const [text, setText] = useState('');
  const [state, start] = useScenarioTask<WalkthroughReport>(scenario);
  const run = () =>
    start(() =>
      import('../../scenario/walkthroughReport').then(
        ({ checkWalkthroughs }) => checkWalkthroughs(scenario, text, fileName),
        () => Promise.reject(new Error('the check could not be loaded')),
      ),
    );
  const report = state.kind === 'done' ? state.report : undefined;
  const passed = report?.ok ? report.walks.filter((w) => w.failures.length === 0).length : 0;
  return (
    <section aria-labelledby={`${id}-title`} className="walkthroughs">
      <h3 id={`${id}-title`}>Walkthroughs</h3>
      <p className="hint" id={`${id}-hint`}>
        Paste or open the scenario’s walkthrough file ({fileName}): each walkthrough plays a path
        and says where it expects to be, as <code>npm run scenarios:check</code> runs them.
      </p>
      <label htmlFor={`${id}-text`}>Walkthrough file (YAML)</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={6}
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="actions">
        <label className="button-like">
          Open a walkthrough file{' '}
          <input
            type="file"
            accept=".yaml,.yml,text/yaml"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then(setText);
            }}
          />
        </label>
        <button
          type="button"
          className="secondary"
          onClick={run}
          disabled={state.kind === 'running' || text.trim() === ''}
        >
          Run the walkthroughs
        </button>
      </div>
      <div role="status">
        {state.kind === 'running' && <p>Playing the walkthroughs…</p>}
        {state.kind === 'failed' && <p>The walkthroughs could not be run: {state.reason}.</p>}
        {report && !report.ok && <p>The walkthrough file has problems:</p>}
        {report?.ok && (
          <p>
            {passed} of {report.walks.length} walkthrough(s) pass
            {report.problems.length > 0 ? '; the file has problems' : ''}.
          </p>
        )}
      </div>
      {report && (report.problems.length > 0 || report.ok) && (
        <ul className="problems">
          {report.problems.map((p) => (
            <li key={p}>
              <code>{p}</code>
            </li>
          ))}
          {report.ok &&
            report.walks.map((w) => (
              <li key={`${w.line} ${w.name}`}>
                {w.failures.length === 0 ? (
                  <span>
                    <span aria-hidden="true">✓ </span>“{w.name}” passes
                  </span>
                ) : (
                  <>
                    <span>
                      <span aria-hidden="true">✗ </span>“{w.name}” fails:
                    </span>
                    <ul>
                      {w.failures.map((f) => (
                        <li key={f}>
                          <code>{f}</code>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

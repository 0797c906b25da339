import { useId, useMemo, useState } from 'react';
import type { Scenario } from '../../scenario/schema';
import { byLabel, classPack, type GradedFile } from '../../workshop/classResults';
import { toCsv } from '../../workshop/csv';
import { summarise } from '../../workshop/dashboard';
import { FileDrop } from '../components/FileDrop';
import { ScreenHeading } from '../components/ScreenHeading';
import { downloadText } from '../download';
import { useServices } from '../services';
import { LrsPanel } from '../xapi/LrsPanel';
import { BranchChoices } from './BranchChoices';
import { ClassFindings } from './ClassFindings';
import { ClassStatements } from './ClassStatements';
import { ScanResults } from './ScanResults';
import { ScenarioResults, WhoFinished } from './ScenarioResults';
import { SpreadPlot } from './SpreadPlot';
import { UnknownScenarios } from './UnknownScenarios';
import { useClassResults } from './useClassResults';
import { useOwnScenarios } from './useOwnScenarios';
import './dashboard.css';

/**
 * The scenarios "finished all" may count: a pack's list first (in its order, played or not),
 * then the others the loaded files played, by title.
 */
function scenariosToCount(
  files: readonly GradedFile[],
  packList: readonly string[],
  scenarios: readonly Scenario[],
): { scenarioId: string; title: string }[] {
  const titles = new Map<string, string>();
  for (const f of files) for (const c of f.campaigns) titles.set(c.scenarioId, c.scenarioTitle);
  const titleOf = (sid: string) =>
    titles.get(sid) ?? scenarios.find((s) => s.id === sid)?.title ?? sid;
  const others = [...titles.keys()]
    .filter((sid) => !packList.includes(sid))
    .map((scenarioId) => ({ scenarioId, title: titleOf(scenarioId) }))
    .sort((a, b) => byLabel(a.title, b.title) || byLabel(a.scenarioId, b.scenarioId));
  return [...packList.map((scenarioId) => ({ scenarioId, title: titleOf(scenarioId) })), ...others];
}

export interface DashboardScreenProps {
  /** The built-in scenarios: the words of each choice at a branch point. */
  scenarios: readonly Scenario[];
}

/**
 * The facilitator's class dashboard: participants' results files, each checked and graded again
 * from its calls (a score edited in a file changes nothing), summed up for the room.
 */
export default function DashboardScreen({ scenarios: builtIn }: DashboardScreenProps) {
  const id = useId();
  const { clock } = useServices();
  const results = useClassResults(() => clock.now());
  // Own scenarios known here (kept on this device, or from a pack file opened here) count too.
  const own = useOwnScenarios(builtIn);
  const scenarios = useMemo(() => [...builtIn, ...own.scenarios], [builtIn, own.scenarios]);
  // Scenario ids ticked or unticked by hand for "finished all". Counted by default: the pack's
  // list when the files name a pack with one, else every scenario the class played.
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const [names, setNames] = useState(false);
  const pack = useMemo(() => classPack(results.files), [results.files]);
  const played = useMemo(
    () => scenariosToCount(results.files, pack?.scenarios ?? [], scenarios),
    [results.files, pack, scenarios],
  );
  const counted = (sid: string) =>
    (pack ? pack.scenarios.includes(sid) : true) !== flipped.has(sid);
  const expected = played.map((s) => s.scenarioId).filter(counted);
  const expectedKey = expected.join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: expectedKey stands for expected
  const summary = useMemo(
    () => summarise(results.files, { scenarios, expected }),
    [results.files, scenarios, expectedKey],
  );
  const unknown = played.filter(
    (p) =>
      !scenarios.some((s) => s.id === p.scenarioId) &&
      results.files.some((f) => f.campaigns.some((c) => c.scenarioId === p.scenarioId)),
  );
  const busy = results.busy;
  const status = busy
    ? `Checking and grading file ${Math.min(busy.done + 1, busy.total)} of ${busy.total}…`
    : results.said;
  return (
    <section
      className={names ? 'screen dashboard' : 'screen dashboard print-no-names'}
      aria-labelledby={id}
    >
      <ScreenHeading id={id}>Class dashboard</ScreenHeading>
      <p className="privacy">
        <strong>Nothing leaves this device:</strong> the files are read in this browser tab, kept if
        the page reloads, and forgotten when you clear the dashboard or close the tab. Every
        campaign is scored again from its calls, so a score edited in a file changes nothing.
      </p>
      <h2>Load the results files</h2>
      <p>
        Ask each participant for the file from “Hand in my results” on their progress screen, then
        load them all here.
      </p>
      <FileDrop onFiles={(files) => void results.add(files)} disabled={busy !== undefined} />
      <ScanResults onCode={(code) => void results.add([{ code }])} disabled={busy !== undefined} />
      <div role="status" className="message">
        {status && <p>{status}</p>}
        {busy && (
          <progress max={busy.total} value={busy.done} aria-label="Files checked and graded" />
        )}
      </div>
      {results.refused.length > 0 && (
        <section className="refused" aria-labelledby={`${id}-refused`}>
          <h2 id={`${id}-refused`}>
            Files and codes that could not be loaded ({results.refused.length})
          </h2>
          <ul>
            {results.refused.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same file may be refused twice
              <li key={i} className="message-error refused-file">
                <span aria-hidden="true">⚠ </span>
                <strong>{r.fileName}</strong>: {r.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {results.files.length > 0 && (
        <>
          <details className="loaded-files">
            <summary>
              Loaded {results.files.length} file{results.files.length === 1 ? '' : 's'} from{' '}
              {summary.participants.length}{' '}
              {summary.participants.length === 1 ? 'person' : 'people'}
            </summary>
            <ul>
              {results.files.map((f) => (
                <li key={f.fileName}>
                  {f.fileName}: {f.participant.label}, {f.campaigns.length} campaign
                  {f.campaigns.length === 1 ? '' : 's'}
                </li>
              ))}
            </ul>
          </details>
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `class-results-${new Date(clock.now()).toISOString().slice(0, 10)}.csv`,
                  toCsv(summary),
                  'text/csv;charset=utf-8',
                )
              }
            >
              Download CSV
            </button>
            <button type="button" className="secondary" onClick={() => window.print()}>
              Print a handout
            </button>
            <button type="button" className="secondary" onClick={results.clear}>
              Clear the dashboard
            </button>
          </div>
          <div className="check-field print-hidden">
            <input
              id={`${id}-names`}
              type="checkbox"
              checked={names}
              onChange={(e) => setNames(e.currentTarget.checked)}
            />
            <label htmlFor={`${id}-names`}>Print who finished (names and scores)</label>
          </div>
          <h2>
            {summary.campaigns} campaign{summary.campaigns === 1 ? '' : 's'} by{' '}
            {summary.participants.length} {summary.participants.length === 1 ? 'person' : 'people'}
          </h2>
          {summary.campaigns > 0 && (
            <>
              <section aria-labelledby={`${id}-scores`}>
                <h2 id={`${id}-scores`}>Scores</h2>
                <p className="hint">
                  Each box is the middle half of the class, the line in it the median, the whiskers
                  the lowest and highest, the diamond the mean. A dimension is left out of a
                  campaign where nothing let it be judged.
                </p>
                <SpreadPlot overall={summary.overall} dimensions={summary.dimensions} />
              </section>
              <section aria-labelledby={`${id}-problems`}>
                <h2 id={`${id}-problems`}>Common problems</h2>
                <ClassFindings summary={summary} />
              </section>
              <section aria-labelledby={`${id}-scenarios`}>
                <h2 id={`${id}-scenarios`}>Per scenario</h2>
                <ScenarioResults summary={summary} />
              </section>
            </>
          )}
          <section className="who-finished" aria-labelledby={`${id}-who`}>
            <h2 id={`${id}-who`}>Who finished</h2>
            {pack && (
              <p>
                These files were handed in for the workshop “{pack.title ?? pack.id}” ({pack.files}{' '}
                file{pack.files === 1 ? '' : 's'}): “finished all” counts its{' '}
                {pack.scenarios.length} scenario{pack.scenarios.length === 1 ? '' : 's'}
                {pack.others > 0 &&
                  `; ${pack.others} other workshop${pack.others === 1 ? ' is' : 's are'} named too, tick their scenarios to count them`}
                .
              </p>
            )}
            {played.length > 1 && (
              <fieldset className="print-hidden">
                <legend>Count as “finished all” these scenarios</legend>
                {played.map((s) => (
                  <div key={s.scenarioId} className="check-field">
                    <input
                      id={`${id}-x-${s.scenarioId}`}
                      type="checkbox"
                      checked={counted(s.scenarioId)}
                      onChange={() =>
                        setFlipped((prev) => {
                          const next = new Set(prev);
                          if (next.has(s.scenarioId)) next.delete(s.scenarioId);
                          else next.add(s.scenarioId);
                          return next;
                        })
                      }
                    />
                    <label htmlFor={`${id}-x-${s.scenarioId}`}>{s.title}</label>
                  </div>
                ))}
              </fieldset>
            )}
            <WhoFinished summary={summary} />
          </section>
          {summary.campaigns > 0 && (
            <section aria-labelledby={`${id}-choices`}>
              <h2 id={`${id}-choices`}>Choices at each branch point</h2>
              {unknown.length > 0 && <UnknownScenarios unknown={unknown} onPack={own.addPack} />}
              <BranchChoices points={summary.branchPoints} />
            </section>
          )}
          {summary.campaigns > 0 && (
            <ClassStatements
              files={results.files}
              scenarios={scenarios}
              today={() => new Date(clock.now()).toISOString()}
            />
          )}
        </>
      )}
      <LrsPanel />
    </section>
  );
}

import { useId } from 'react';
import { ScreenHeading } from '../components/ScreenHeading';
import { useHistory } from '../history/HistoryProvider';
import { scenarioSeries } from '../model/progressSeries';
import { useServices } from '../services';
import { useActivePack } from '../workshop/ActivePack';
import { AT_THE_END } from '../workshop/settingsWords';
import { HandInResults } from './HandInResults';
import { HistoryTable } from './HistoryTable';
import { HistoryTransfer } from './HistoryTransfer';
import { ProgressChart } from './ProgressChart';
import { YourData } from './YourData';

/** Every finished campaign on this device: charts, the numbers, export and import, and what is kept. */
export default function ProgressScreen({
  onOpen,
  onOpenDashboard,
}: {
  onOpen?: (recordId: string) => void;
  /** The facilitator's class dashboard. */
  onOpenDashboard?: () => void;
}) {
  const id = useId();
  const history = useHistory();
  const { clock } = useServices();
  const { records } = history;
  const { rules, pack, openedAt, displayName } = useActivePack();
  const { scoresHeld } = rules;
  const now = () => new Date(clock.now()).toISOString();
  return (
    <section className="screen" aria-labelledby={id}>
      <ScreenHeading id={id}>Your progress</ScreenHeading>
      <p className="privacy">
        <strong>Private by design:</strong> your history stays on this device, in this browser’s own
        storage. Nothing is sent anywhere, and there is no account. Export a file to keep a copy.
      </p>
      {history.status === 'unavailable' && (
        <p className="message message-error">
          This browser is not letting the app store anything, so finished campaigns cannot be kept.
        </p>
      )}
      {history.status === 'loading' ? (
        <p>Loading your history…</p>
      ) : scoresHeld ? (
        <p>
          This workshop shows scores at the end: {AT_THE_END} ({scoresHeld.done} of{' '}
          {scoresHeld.total} so far). Your finished campaigns are kept meanwhile.
        </p>
      ) : records.length === 0 ? (
        <p>No finished campaigns yet. Finish a call and its debrief is kept here.</p>
      ) : (
        <>
          <h2>Overall score, scenario by scenario</h2>
          <p className="hint">
            Each chart is one scenario, its campaigns oldest to newest: compare a scenario with
            itself, not an easy one with a hard one.
          </p>
          <ProgressChart series={scenarioSeries(records)} />
          <HistoryTable
            records={records}
            onRemove={(id) => history.remove(id)}
            {...(onOpen ? { onOpen } : {})}
          />
        </>
      )}
      <HandInResults
        records={records}
        {...(pack
          ? {
              workshop: {
                pack,
                openedAt: openedAt ?? 0,
                scoresShown: rules.scoresShown,
                ...(displayName ? { displayName } : {}),
              },
            }
          : {})}
        now={now}
        {...(onOpenDashboard ? { onOpenDashboard } : {})}
      />
      <HistoryTransfer
        records={records}
        now={now}
        onImport={(incoming) => history.importRecords(incoming)}
      />
      <YourData records={records} now={now} onErased={() => void history.refresh()} />
    </section>
  );
}

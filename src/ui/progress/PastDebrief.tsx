import { useMemo } from 'react';
import { createActor } from 'xstate';
import { toCallLog } from '../../scenario/callLog';
import { createCampaignMachine } from '../../scenario/campaignMachine';
import type { CampaignEvent } from '../../scenario/campaignTypes';
import { eventsBeforeTurn, replayEvents } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import { gradeCall } from '../../scoring/index';
import { useHistory } from '../history/HistoryProvider';
import { DebriefScreen } from '../screens/DebriefScreen';

export interface PastDebriefProps {
  recordId: string;
  scenarios: readonly Scenario[];
  /** Starts a campaign of the scenario from these events (empty: from the start). */
  onPractise: (scenario: Scenario, events: CampaignEvent[]) => void;
  onShowProgress: () => void;
  onExit: () => void;
}

/**
 * A finished campaign's debrief, opened again from the history: rebuilt from its events and
 * graded again by the same grader (a result never says other than its call log).
 */
export default function PastDebrief(props: PastDebriefProps) {
  const history = useHistory();
  const record = history.records.find((r) => r.id === props.recordId);
  const scenario = props.scenarios.find((s) => s.id === record?.scenarioId);
  const rebuilt = useMemo(() => {
    if (!record || !scenario) return undefined;
    const machine = createCampaignMachine(scenario);
    const replay = replayEvents(machine, record.events);
    const context = createActor(machine, { snapshot: replay.persisted })
      .start()
      .getSnapshot().context;
    return { context, card: gradeCall(toCallLog(context, scenario)), events: replay.accepted };
  }, [record, scenario]);
  if (history.status === 'loading') return <p role="status">Loading your history…</p>;
  if (!record || !scenario || !rebuilt) {
    return (
      <section className="screen" aria-label="A past debrief">
        <p className="notice-error" role="alert">
          {!record
            ? 'This campaign is not in the history on this device.'
            : 'This campaign cannot be shown again: its scenario or its steps are not in this app.'}
        </p>
        <button type="button" onClick={props.onShowProgress}>
          Back to your progress
        </button>
      </section>
    );
  }
  const { context, card, events } = rebuilt;
  return (
    <DebriefScreen
      scenario={scenario}
      context={context}
      card={card}
      saved="saved"
      onRetry={(attempt, turn) => {
        const before = eventsBeforeTurn(events, context.attempts, attempt, turn);
        if (before) props.onPractise(scenario, before);
      }}
      onStartOver={() => props.onPractise(scenario, [])}
      onShowProgress={props.onShowProgress}
      onExit={props.onExit}
    />
  );
}

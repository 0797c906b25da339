import { lazy, Suspense, useEffect } from 'react';
import type { CampaignMachine } from '../../scenario/campaignMachine';
import type { CampaignEvent } from '../../scenario/campaignTypes';
import { eventsBeforeTurn } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import type { SavedSession } from '../../storage/types';
import { BetweenScreen } from '../screens/BetweenScreen';
import { CallScreen } from '../screens/CallScreen';
import { PlanScreen } from '../screens/PlanScreen';
import { loadClassifier } from './classifier';
import { useCampaignRun } from './useCampaignRun';

const DebriefContainer = lazy(() => import('./DebriefContainer'));

export interface CampaignRunProps {
  scenario: Scenario;
  machine: CampaignMachine;
  session: SavedSession;
  onSave: (session: SavedSession) => void;
  /** Starts a new campaign from these events (empty: from the start). */
  onRestart: (events: CampaignEvent[]) => void;
  onShowProgress: () => void;
  onExit: () => void;
}

/** One campaign actor and the screen for where it is: plan, call, between calls, debrief. */
export function CampaignRun(props: CampaignRunProps) {
  const { scenario, machine } = props;
  const { snapshot, send, current } = useCampaignRun(machine, props.session, props.onSave);
  useEffect(() => {
    // Fetch the classifier and the debrief while the learner plans and talks.
    void loadClassifier();
    void import('./DebriefContainer');
  }, []);

  if (snapshot.status === 'done') {
    const context = snapshot.context;
    return (
      <Suspense fallback={<p>Scoring your calls…</p>}>
        <DebriefContainer
          scenario={scenario}
          context={context}
          session={current()}
          onRetry={(attempt, turn) => {
            const events = eventsBeforeTurn(current().events, context.attempts, attempt, turn);
            if (events) props.onRestart(events);
          }}
          onStartOver={() => props.onRestart([])}
          onShowProgress={props.onShowProgress}
          onExit={props.onExit}
        />
      </Suspense>
    );
  }
  if (snapshot.matches('call')) {
    return (
      <CallScreen
        scenario={scenario}
        snapshot={snapshot}
        session={current()}
        send={send}
        onSay={(text) => {
          void loadClassifier().then((classifier) => send(classifier.callerSaid(text)));
        }}
      />
    );
  }
  if (snapshot.matches('betweenAttempts')) {
    return <BetweenScreen scenario={scenario} snapshot={snapshot} send={send} />;
  }
  return <PlanScreen scenario={scenario} snapshot={snapshot} send={send} />;
}

import { type ReactNode, useCallback, useEffect, useMemo, useRef } from 'react';
import type { CampaignMachine } from '../../scenario/campaignMachine';
import type { CampaignEvent } from '../../scenario/campaignTypes';
import { heardAt } from '../../scenario/heardAt';
import { listenersOf } from '../../scenario/listeners';
import { currentNodeId, eventsBeforeTurn } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import type { Reached } from '../../scoring/vocabulary';
import type { SavedSession } from '../../storage/types';
import { LoadProblemBoundary } from '../components/LoadProblemBoundary';
import { messageLimit } from '../model/people';
import { preloaded, useLoaded } from '../preloaded';
import { BetweenScreen } from '../screens/BetweenScreen';
import { CallScreen } from '../screens/CallScreen';
import { PlanScreen } from '../screens/PlanScreen';
import { useServices } from '../services';
import { messageStart, useVoicedLines } from '../voice/useVoicedLines';
import { useVoiceRuntime } from '../voice/useVoiceRuntime';
import { useSessionRules } from '../workshop/ActivePack';
import { type Classifier, loadClassifier } from './classifier';
import { useCampaignRun } from './useCampaignRun';

const debrief = preloaded(() => import('./DebriefContainer'));

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
  const runtime = useVoiceRuntime();
  // A workshop may keep the other side silent (captions only): then there is no voice to play.
  const voice = useSessionRules().voices ? runtime : null;
  const { classifier = loadClassifier, later } = useServices();
  // The classifier once it is here: a line said after that is read and sent in the same task
  // as the key press, so the reply is drawn in the next frame with no "Understanding…" between.
  const ready = useRef<Classifier>(undefined);
  useEffect(() => {
    // Fetch the classifier, the microphone and the debrief while the learner plans and talks.
    classifier().then(
      (loaded) => {
        ready.current = loaded;
      },
      () => undefined,
    );
    import('../voice/VoiceAnswer').catch(() => undefined);
    debrief.start().catch(() => undefined);
  }, [classifier]);
  const inCall = snapshot.matches('call');
  const nodeId = currentNodeId(snapshot);
  const node = nodeId === undefined ? undefined : scenario.nodes[nodeId];
  const caller = snapshot.context.caller;
  const listeners = useMemo(() => listenersOf(scenario), [scenario]);
  // A typed line is read while the learner pauses (once the browser is idle), so the key
  // press that sends it finds the reading done. It is the same reading of the same words by
  // the same listener, only earlier; any other line is read in the key press, as before.
  const early = useRef<ReadAhead>(undefined);
  const readAhead = useRef<() => void>(undefined);
  useEffect(() => () => readAhead.current?.(), []);
  const onDraft = useCallback(
    (draft: string) => {
      readAhead.current?.();
      readAhead.current = undefined;
      const text = draft.trim();
      if (!later || text === '') return;
      const heardBy = heardAt(node);
      readAhead.current = later(() => {
        readAhead.current = undefined;
        const loaded = ready.current;
        if (!loaded) return;
        const event = loaded.callerSaid(text, undefined, heardBy, caller, listeners);
        early.current = { text, heardBy, caller, event };
      });
    },
    [later, node, caller, listeners],
  );
  // A line is sent for the turn it was typed at: if the call moved on while the classifier
  // loaded (hang-up, a reload), it is dropped and stays in the answer box.
  const say = useCallback(
    (text: string, seconds?: number): boolean | Promise<boolean> => {
      const read = early.current;
      early.current = undefined;
      const same = read?.text === text && read.heardBy === heardAt(node) && read.caller === caller;
      if (read && same && seconds === undefined) return send(read.event);
      const line = (loaded: Classifier) =>
        send(loaded.callerSaid(text, seconds, heardAt(node), caller, listeners));
      if (ready.current) return line(ready.current);
      const typedAt = current().events.length;
      return classifier().then((loaded) => {
        ready.current = loaded;
        return current().events.length === typedAt && line(loaded);
      });
    },
    [classifier, current, send, node, caller, listeners],
  );
  const leavingMessage = messageLimit(node) !== undefined;
  // The other side's lines are spoken here, not on the call screen, so a call's last line
  // is still heard once the screen has moved on.
  const tone = useVoicedLines({
    runtime: voice,
    attempts: snapshot.context.attempts,
    inCall,
    beepAfter: inCall && leavingMessage,
  });

  if (snapshot.status === 'done') {
    const context = snapshot.context;
    return (
      <LoadProblemBoundary what="The debrief">
        <Debrief
          render={(DebriefContainer) => (
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
          )}
        />
      </LoadProblemBoundary>
    );
  }
  if (inCall) {
    const session = current();
    return (
      <CallScreen
        scenario={scenario}
        snapshot={snapshot}
        session={session}
        messageFrom={messageStart(
          voice !== null,
          tone,
          snapshot.context.attempts,
          session.turnStartedAt,
        )}
        send={send}
        onSay={say}
        onDraft={onDraft}
        voice={voice}
      />
    );
  }
  if (snapshot.matches('betweenAttempts')) {
    return <BetweenScreen scenario={scenario} snapshot={snapshot} send={send} />;
  }
  return <PlanScreen scenario={scenario} snapshot={snapshot} send={send} />;
}

/** A typed line read ahead: the words, who heard them, the caller's name, and the event. */
interface ReadAhead {
  text: string;
  heardBy: Reached | undefined;
  caller: string | undefined;
  event: CampaignEvent;
}

type DebriefComponent = Awaited<ReturnType<typeof debrief.start>>['default'];

/** The debrief once its code is here (fetched while the learner talked), else a short note. */
function Debrief({ render }: { render: (C: DebriefComponent) => ReactNode }) {
  const module = useLoaded(debrief);
  return module ? render(module.default) : <p>Scoring your calls…</p>;
}

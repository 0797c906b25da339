import { useMachine } from '@xstate/react';
import { useMemo } from 'react';
import { toCallLog } from '../../scenario/callLog';
import { callerSaid } from '../../scenario/callerEvents';
import { createCampaignMachine } from '../../scenario/campaignMachine';
import type { Scenario } from '../../scenario/schema';
import { whereIs } from '../../scenario/walkthrough';
import { gradeCall } from '../../scoring/index';
import { CallPanel } from '../components/CallPanel';
import { PlanPanel } from '../components/PlanPanel';
import { Scorecard } from '../components/Scorecard';

export interface CampaignScreenProps {
  scenario: Scenario;
  onExit: () => void;
}

/** Plays one scenario's campaign: plan, call, decide what next, debrief. */
export function CampaignScreen({ scenario, onExit }: CampaignScreenProps) {
  const machine = useMemo(() => createCampaignMachine(scenario), [scenario]);
  const [snapshot, send] = useMachine(machine);
  const where = whereIs(snapshot.value);
  const context = snapshot.context;
  const lastAttempt = context.attempts[context.attempts.length - 1];

  return (
    <section aria-labelledby="scenario-title">
      <h1 id="scenario-title">{scenario.title}</h1>
      <p>{scenario.setting.briefing ?? scenario.summary}</p>
      {where === 'planning' && (
        <PlanPanel
          heading="Plan your call"
          canSendNote={snapshot.can({ type: 'plan.thankYou' })}
          noteSent={context.thankYouSent}
          earliest={0}
          onSendNote={() => send({ type: 'plan.thankYou' })}
          onDial={(day, time) => send({ type: 'plan.dial', day, time })}
          canDial={(day, time) => snapshot.can({ type: 'plan.dial', day, time })}
        />
      )}
      {snapshot.matches('call') && lastAttempt && (
        <CallPanel
          scenario={scenario}
          attempt={lastAttempt}
          nodeId={where}
          onChoose={(index) => send({ type: 'caller.chose', index })}
          onSay={(text) => send(callerSaid(text))}
          onHangUp={() => send({ type: 'caller.hungUp' })}
        />
      )}
      {where === 'betweenAttempts' && lastAttempt && (
        <>
          <p role="status">
            Call {context.attempts.length} ended: {describeOutcome(lastAttempt.outcome)}
          </p>
          <PlanPanel
            heading="What next?"
            canSendNote={false}
            noteSent={context.thankYouSent}
            earliest={lastAttempt.day + 1}
            onSendNote={() => undefined}
            onDial={(day, time) => send({ type: 'plan.dial', day, time })}
            canDial={(day, time) => snapshot.can({ type: 'plan.dial', day, time })}
          />
          <div className="actions">
            <button type="button" onClick={() => send({ type: 'campaign.wait' })}>
              Wait for their call and see my score
            </button>
            <button type="button" onClick={() => send({ type: 'campaign.moveOn' })}>
              Move on to other openings
            </button>
          </div>
        </>
      )}
      {where === 'debrief' && <Scorecard card={gradeCall(toCallLog(context))} />}
      <p>
        <button type="button" className="link" onClick={onExit}>
          Back to all scenarios
        </button>
      </p>
    </section>
  );
}

function describeOutcome(outcome: string | undefined): string {
  switch (outcome) {
    case 'got_update':
      return 'you spoke with the interviewer and heard where things stand.';
    case 'position_filled':
      return 'the position has been filled.';
    case 'call_back':
      return 'you were asked to call back another time.';
    case 'message_left':
      return 'you left a voicemail.';
    case 'no_answer':
      return 'nobody answered.';
    case 'hung_up':
      return 'you hung up.';
    default:
      return 'the other person ended the call.';
  }
}

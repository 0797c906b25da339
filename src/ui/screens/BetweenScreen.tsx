import { useId } from 'react';
import type { Scenario } from '../../scenario/schema';
import { calendarOf } from '../../scenario/timetable';
import type { CampaignSnapshot, SendCampaignEvent } from '../campaign/types';
import { CallPlanner } from '../components/CallPlanner';
import { OutcomeSummary } from '../components/OutcomeSummary';
import { ScreenHeading } from '../components/ScreenHeading';
import { Transcript } from '../components/Transcript';
import { speakerName } from '../model/people';
import { canCallAgain } from '../model/planOptions';

export interface BetweenScreenProps {
  scenario: Scenario;
  snapshot: CampaignSnapshot;
  send: SendCampaignEvent;
}

/** After a call: what happened, then call again later, wait, or move on. */
export function BetweenScreen({ scenario, snapshot, send }: BetweenScreenProps) {
  const id = useId();
  const attempts = snapshot.context.attempts;
  const last = attempts[attempts.length - 1];
  const canDial = (day: number, time: string) => snapshot.can({ type: 'plan.dial', day, time });
  const callAgain = canCallAgain(canDial);
  if (!last) return null;
  // The call's last line may still be spoken as this screen appears: it is captioned here too.
  const lastLine = last.turns[last.turns.length - 1];
  return (
    <section className="screen" aria-labelledby={id}>
      <ScreenHeading id={id}>Call {attempts.length} is over</ScreenHeading>
      <OutcomeSummary attempt={last} number={attempts.length} />
      {lastLine?.speaker === 'them' && lastLine.role !== 'caller' && (
        <p className="last-words">
          Last words, from {speakerName(scenario, lastLine.role)}: “{lastLine.text}”
        </p>
      )}
      <details className="disclosure">
        <summary>Read what was said</summary>
        <Transcript
          scenario={scenario}
          lines={last.turns}
          label={`Transcript of call ${attempts.length}`}
        />
      </details>
      <h2>What next?</h2>
      <div className="next-options">
        <section className="option" aria-labelledby={`${id}-again`}>
          <h3 id={`${id}-again`}>Call again later</h3>
          {callAgain ? (
            <CallPlanner
              company={scenario.setting.company}
              calendar={calendarOf(scenario)}
              canDial={canDial}
              onDial={(day, time) => send({ type: 'plan.dial', day, time })}
              lastCallDay={last.day}
            />
          ) : (
            <p>
              You have made all {scenario.campaign.maxAttempts} calls this campaign allows. Wait for
              their call, or move on.
            </p>
          )}
        </section>
        <section className="option" aria-labelledby={`${id}-stop`}>
          <h3 id={`${id}-stop`}>Stop calling</h3>
          <p>End the campaign here and see your debrief.</p>
          <div className="actions">
            <button
              type="button"
              disabled={!snapshot.can({ type: 'campaign.wait' })}
              onClick={() => send({ type: 'campaign.wait' })}
            >
              Wait for them to get back to me
            </button>
            <button
              type="button"
              className="secondary"
              disabled={!snapshot.can({ type: 'campaign.moveOn' })}
              onClick={() => send({ type: 'campaign.moveOn' })}
            >
              Move on to other openings
            </button>
          </div>
        </section>
      </div>
    </section>
  );
}

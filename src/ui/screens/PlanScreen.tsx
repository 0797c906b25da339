import { useId } from 'react';
import type { Scenario } from '../../scenario/schema';
import type { CampaignSnapshot, SendCampaignEvent } from '../campaign/types';
import { CallPlanner } from '../components/CallPlanner';
import { ScreenHeading } from '../components/ScreenHeading';
import { ThankYouNote } from '../components/ThankYouNote';

export interface PlanScreenProps {
  scenario: Scenario;
  snapshot: CampaignSnapshot;
  send: SendCampaignEvent;
}

/** Before the first call: the situation, an optional thank-you note, and when to call. */
export function PlanScreen({ scenario, snapshot, send }: PlanScreenProps) {
  const id = useId();
  const { setting, campaign } = scenario;
  return (
    <section className="screen" aria-labelledby={id}>
      <ScreenHeading id={id}>Plan your call: {scenario.title}</ScreenHeading>
      <div className="briefing">
        <p>{setting.briefing ?? scenario.summary}</p>
        <dl className="facts">
          <div>
            <dt>Company</dt>
            <dd>{setting.company}</dd>
          </div>
          <div>
            <dt>Position</dt>
            <dd>{setting.role}</dd>
          </div>
          <div>
            <dt>Interviewer</dt>
            <dd>{setting.interviewer}</dd>
          </div>
          <div>
            <dt>Calls you may make</dt>
            <dd>{campaign.maxAttempts}</dd>
          </div>
        </dl>
      </div>
      <h2>Before you call</h2>
      <ThankYouNote
        sent={snapshot.context.thankYouSent}
        canSend={snapshot.can({ type: 'plan.thankYou' })}
        onSend={() => send({ type: 'plan.thankYou' })}
      />
      <h2>When will you call?</h2>
      <CallPlanner
        company={setting.company}
        canDial={(day, time) => snapshot.can({ type: 'plan.dial', day, time })}
        onDial={(day, time) => send({ type: 'plan.dial', day, time })}
      />
    </section>
  );
}

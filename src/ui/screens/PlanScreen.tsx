import { useId, useState } from 'react';
import { CALLER_NAME_MAX } from '../../scenario/campaignTypes';
import type { Scenario } from '../../scenario/schema';
import { calendarOf } from '../../scenario/timetable';
import { weekdayName } from '../../scoring/calendar';
import type { CampaignSnapshot, SendCampaignEvent } from '../campaign/types';
import { CallPlanner } from '../components/CallPlanner';
import { ScreenHeading } from '../components/ScreenHeading';
import { ThankYouNote } from '../components/ThankYouNote';
import { deviceStorage, saveOwnName } from '../model/ownName';

export interface PlanScreenProps {
  scenario: Scenario;
  snapshot: CampaignSnapshot;
  send: SendCampaignEvent;
}

/** Before the first call: the situation, an optional thank-you note, and when to call. */
export function PlanScreen({ scenario, snapshot, send }: PlanScreenProps) {
  const id = useId();
  const { setting, campaign } = scenario;
  const calendar = calendarOf(scenario);
  const caller = snapshot.context.caller ?? setting.callerName;
  return (
    <section className="screen" aria-labelledby={id}>
      <ScreenHeading id={id}>Plan your call: {scenario.title}</ScreenHeading>
      <div className="briefing">
        <p className="who-you-are">
          You play <strong>{caller}</strong>, who interviewed for the {setting.role} position at{' '}
          {setting.company} with {setting.interviewer} on a {weekdayName(calendar.interviewOn)} (day
          0).
        </p>
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
      <OwnName
        current={caller}
        scenarioName={setting.callerName}
        onUse={(name) => send({ type: 'plan.caller', name })}
      />
      <h2>Before you call</h2>
      <ThankYouNote
        sent={snapshot.context.thankYouSent}
        canSend={snapshot.can({ type: 'plan.thankYou' })}
        onSend={() => send({ type: 'plan.thankYou' })}
      />
      <h2>When will you call?</h2>
      <CallPlanner
        company={setting.company}
        calendar={calendar}
        canDial={(day, time) => snapshot.can({ type: 'plan.dial', day, time })}
        onDial={(day, time) => send({ type: 'plan.dial', day, time })}
      />
    </section>
  );
}

interface OwnNameProps {
  current: string;
  scenarioName: string;
  onUse: (name: string) => void;
}

/** Play under your own name: kept on this device, used by every scenario from then on. */
function OwnName({ current, scenarioName, onUse }: OwnNameProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => (current === scenarioName ? '' : current));
  const [note, setNote] = useState('');
  const name = draft.trim();
  return (
    <form
      className="own-name"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        const chosen = name || scenarioName;
        onUse(chosen);
        const kept = saveOwnName(deviceStorage(), name || undefined);
        setNote(
          name
            ? `You will be ${name} on these calls${kept ? '; the name is kept on this device only' : ' (this device would not keep it)'}.`
            : `You will be ${scenarioName}, the scenario's caller.`,
        );
      }}
    >
      <h2 id={`${id}-title`}>Your name on the calls</h2>
      <label htmlFor={`${id}-name`}>Your own name (optional)</label>
      <input
        id={`${id}-name`}
        type="text"
        autoComplete="name"
        maxLength={CALLER_NAME_MAX}
        value={draft}
        placeholder={scenarioName}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" className="secondary">
        {name ? 'Use my name' : `Play as ${scenarioName}`}
      </button>
      <p className="hint" aria-live="polite">
        {note}
      </p>
    </form>
  );
}

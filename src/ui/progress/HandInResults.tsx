import { useId, useState } from 'react';
import type { CampaignRecord } from '../../storage/types';
import { rememberedName } from '../model/ownName';
import { handInResults } from '../workshop/handIn';

export interface HandInResultsProps {
  records: readonly CampaignRecord[];
  /** ISO moment for the file's header and name. */
  now: () => string;
  /** The class dashboard, for a facilitator who reads this screen. */
  onOpenDashboard?: () => void;
}

/** For a workshop: a results file of the finished campaigns, with the name the facilitator will see. */
export function HandInResults({ records, now, onOpenDashboard }: HandInResultsProps) {
  const id = useId();
  const [name, setName] = useState(() => rememberedName() ?? '');
  const [scenarioId, setScenarioId] = useState('');
  const [message, setMessage] = useState<string>();
  const scenarios = [...new Map(records.map((r) => [r.scenarioId, r.scenarioTitle])).entries()];
  const countOf = (sid: string) => records.filter((r) => r.scenarioId === sid).length;
  const chosen = scenarioId && scenarios.some(([sid]) => sid === scenarioId) ? scenarioId : '';
  return (
    <section className="hand-in" aria-labelledby={id}>
      <h2 id={id}>Hand in your results</h2>
      <p>
        In a workshop, save a results file and give it to your facilitator (a shared folder, a USB
        stick or e-mail). It holds your calls, what you chose, typed or said, and the name below.
        Nothing is sent anywhere by the app.
      </p>
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name as the facilitator will see it (optional)</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="name"
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </div>
      {scenarios.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-which`}>Which campaigns</label>
          <select
            id={`${id}-which`}
            value={chosen}
            onChange={(e) => setScenarioId(e.currentTarget.value)}
          >
            <option value="">All finished campaigns ({records.length})</option>
            {scenarios.map(([sid, title]) => (
              <option key={sid} value={sid}>
                {title} ({countOf(sid)})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={records.length === 0}
          onClick={() =>
            setMessage(
              handInResults(records, {
                name,
                handedInAt: now(),
                ...(chosen ? { scenarioId: chosen } : {}),
              }),
            )
          }
        >
          Download my results file
        </button>
        {onOpenDashboard && (
          <button type="button" className="secondary" onClick={onOpenDashboard}>
            Facilitator: open the class dashboard
          </button>
        )}
      </div>
      <div role="status" className="message">
        {message && (
          <p>
            <span aria-hidden="true">✓ </span>
            {message}
          </p>
        )}
      </div>
    </section>
  );
}

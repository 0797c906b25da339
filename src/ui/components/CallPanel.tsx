import { useId, useState } from 'react';
import type { AttemptRecord } from '../../scenario/campaignTypes';
import type { Scenario } from '../../scenario/schema';

export interface CallPanelProps {
  scenario: Scenario;
  attempt: AttemptRecord;
  nodeId: string;
  onChoose: (index: number) => void;
  onSay: (text: string) => void;
  onHangUp: () => void;
}

function speakerName(scenario: Scenario, role: string): string {
  if (role === 'caller') return 'You';
  if (role === 'interviewer') return scenario.setting.interviewer;
  if (role === 'receptionist') return scenario.setting.receptionist ?? 'Receptionist';
  if (role === 'voicemail') return 'Voicemail';
  return 'Narrator';
}

/** The phone screen: the transcript so far and the caller's turn. */
export function CallPanel({ scenario, attempt, nodeId, onChoose, onSay, onHangUp }: CallPanelProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const reply = scenario.nodes[nodeId]?.reply;
  return (
    <section className="panel call" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        On the line — day {attempt.day}, {attempt.time}
      </h2>
      <ol className="transcript" aria-live="polite" aria-label="Transcript">
        {attempt.turns.map((turn, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the transcript only grows
          <li key={i} className={turn.speaker === 'me' ? 'me' : 'them'}>
            <strong>{speakerName(scenario, turn.role)}:</strong> {turn.text}
          </li>
        ))}
      </ol>
      {reply && (
        <>
          <fieldset className="choices">
            <legend>Your turn: choose a line</legend>
            {reply.choices.map((choice, index) => (
              <button key={choice.say} type="button" onClick={() => onChoose(index)}>
                {choice.say}
              </button>
            ))}
          </fieldset>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const text = draft.trim();
              if (text === '') return;
              setDraft('');
              onSay(text);
            }}
          >
            <label htmlFor={`${id}-own`}>…or say it in your own words</label>
            <textarea id={`${id}-own`} value={draft} rows={2} onChange={(e) => setDraft(e.target.value)} />
            <button type="submit">Say it</button>
          </form>
        </>
      )}
      <button type="button" className="danger" onClick={onHangUp}>
        Hang up
      </button>
    </section>
  );
}

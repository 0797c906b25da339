import { useId, useState } from 'react';

export interface PlanPanelProps {
  heading: string;
  earliest: number;
  canSendNote: boolean;
  noteSent: boolean;
  onSendNote: () => void;
  onDial: (day: number, time: string) => void;
  canDial: (day: number, time: string) => boolean;
}

/** Picks when to call: days after the interview and the time of day. */
export function PlanPanel(props: PlanPanelProps) {
  const id = useId();
  const [day, setDay] = useState(Math.max(props.earliest, 2));
  const [time, setTime] = useState('10:30');
  const allowed = props.canDial(day, time);
  return (
    <form
      className="panel"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (allowed) props.onDial(day, time);
      }}
    >
      <h2 id={`${id}-title`}>{props.heading}</h2>
      {props.canSendNote && (
        <p>
          <button type="button" onClick={props.onSendNote}>
            Send a thank-you note first
          </button>
        </p>
      )}
      {props.noteSent && <p role="status">Thank-you note sent.</p>}
      <div className="field">
        <label htmlFor={`${id}-day`}>Days after the interview</label>
        <input
          id={`${id}-day`}
          type="number"
          min={props.earliest}
          max={60}
          value={day}
          onChange={(e) => setDay(Number(e.target.value))}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-time`}>Time of day</label>
        <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      </div>
      {!allowed && <p className="hint">Pick a moment after your last call.</p>}
      <button type="submit" disabled={!allowed}>
        Dial
      </button>
    </form>
  );
}

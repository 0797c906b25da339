import { useId } from 'react';
import type { TimeSlot } from '../model/planOptions';

export interface TimeSlotsProps {
  slots: readonly TimeSlot[];
  value: string | undefined;
  onChange: (time: string) => void;
  /** Asked of the machine for the chosen day: can a call be made at this time? */
  isPossible?: (time: string) => boolean;
}

/** The time of day to call, as a radio group. */
export function TimeSlots({ slots, value, onChange, isPossible }: TimeSlotsProps) {
  const name = useId();
  return (
    <fieldset className="slots">
      <legend>Time of day</legend>
      <div className="slot-grid">
        {slots.map((slot) => (
          <label key={slot.time} className="slot">
            <input
              type="radio"
              name={name}
              value={slot.time}
              checked={value === slot.time}
              disabled={isPossible ? !isPossible(slot.time) : false}
              onChange={() => onChange(slot.time)}
            />
            {value === slot.time && (
              <span className="check" aria-hidden="true">
                ✓
              </span>
            )}
            <span>
              {slot.time} <span className="slot-label">{slot.label}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

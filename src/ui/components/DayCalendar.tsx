import { useId } from 'react';

export interface DayCalendarProps {
  days: readonly number[];
  value: number | undefined;
  onChange: (day: number) => void;
  /** Asked of the machine: can a call be made at all on this day? */
  isPossible: (day: number) => boolean;
  /** Day of the last call, marked on the calendar. */
  lastCallDay?: number;
}

/** A small calendar of days since the interview, as a radio group (arrow keys move). */
export function DayCalendar({ days, value, onChange, isPossible, lastCallDay }: DayCalendarProps) {
  const name = useId();
  return (
    <fieldset className="calendar">
      <legend>Day to call</legend>
      <p className="hint">Days after the interview; day 0 is the interview itself.</p>
      <div className="calendar-grid">
        {days.map((day) => {
          const possible = isPossible(day);
          return (
            <label key={day} className="calendar-day" data-last={day === lastCallDay || undefined}>
              <input
                type="radio"
                name={name}
                value={day}
                checked={value === day}
                disabled={!possible}
                onChange={() => onChange(day)}
              />
              {value === day && (
                <span className="check" aria-hidden="true">
                  ✓
                </span>
              )}
              <span className="calendar-number">Day {day}</span>
              {day === 0 && <span className="calendar-note">interview</span>}
              {day === lastCallDay && <span className="calendar-note">last call</span>}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

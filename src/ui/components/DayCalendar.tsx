import { useId } from 'react';
import { type Calendar, isClosedDay, weekdayName, weekdayOf } from '../../scoring/calendar';

export interface DayCalendarProps {
  days: readonly number[];
  value: number | undefined;
  onChange: (day: number) => void;
  /** Asked of the machine: can a call be made at all on this day? */
  isPossible: (day: number) => boolean;
  /** Day of the last call, marked on the calendar. */
  lastCallDay?: number;
  /** The scenario's calendar: each day's weekday, and the days the office is closed. */
  calendar: Calendar;
}

/** A small calendar of days since the interview, as a radio group (arrow keys move). */
export function DayCalendar(props: DayCalendarProps) {
  const { days, value, onChange, isPossible, lastCallDay, calendar } = props;
  const name = useId();
  return (
    <fieldset className="calendar">
      <legend>Day to call</legend>
      <p className="hint">
        Days after the interview (day 0, a {weekdayName(calendar.interviewOn)}); the office is
        closed on {closedDays(calendar)}.
      </p>
      <div className="calendar-grid">
        {days.map((day) => {
          const possible = isPossible(day);
          const closed = isClosedDay(calendar, day);
          return (
            <label
              key={day}
              className="calendar-day"
              data-last={day === lastCallDay || undefined}
              data-closed={closed || undefined}
            >
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
              <span className="calendar-number">Day {day}</span>{' '}
              <span className="calendar-weekday">
                {weekdayName(weekdayOf(calendar, day)).slice(0, 3)}
              </span>
              {closed && <span className="calendar-note"> closed</span>}
              {day === 0 && <span className="calendar-note"> interview</span>}
              {day === lastCallDay && <span className="calendar-note"> last call</span>}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** "Saturday and Sunday", or "no day" when it never closes. */
function closedDays(calendar: Calendar): string {
  const names = calendar.closed.map(weekdayName);
  if (names.length === 0) return 'no day';
  return names.length === 1
    ? (names[0] as string)
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

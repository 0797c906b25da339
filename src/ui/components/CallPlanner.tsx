import { useState } from 'react';
import { type Calendar, dayLabel } from '../../scoring/calendar';
import { CALENDAR_DAYS, type CanDial, isDayPossible, TIME_SLOTS } from '../model/planOptions';
import { DayCalendar } from './DayCalendar';
import { TimeSlots } from './TimeSlots';

export interface CallPlannerProps {
  company: string;
  /** Asked of the machine (`state.can`), never recomputed here. */
  canDial: CanDial;
  onDial: (day: number, time: string) => void;
  lastCallDay?: number;
  calendar: Calendar;
}

/** Pick a day and a time, then dial; the machine decides which moments are possible. */
export function CallPlanner({ company, canDial, onDial, lastCallDay, calendar }: CallPlannerProps) {
  const [day, setDay] = useState<number | undefined>();
  const [time, setTime] = useState<string | undefined>();
  const ready = day !== undefined && time !== undefined;
  const allowed = ready && canDial(day, time);
  return (
    <form
      className="planner"
      onSubmit={(e) => {
        e.preventDefault();
        if (allowed) onDial(day, time);
      }}
    >
      <DayCalendar
        days={CALENDAR_DAYS}
        value={day}
        onChange={setDay}
        isPossible={(d) => isDayPossible(canDial, d)}
        calendar={calendar}
        {...(lastCallDay === undefined ? {} : { lastCallDay })}
      />
      <TimeSlots
        slots={TIME_SLOTS}
        value={time}
        onChange={setTime}
        {...(day === undefined ? {} : { isPossible: (t: string) => canDial(day, t) })}
      />
      <p className="hint" aria-live="polite">
        {!ready
          ? 'Pick a day and a time to call.'
          : allowed
            ? `You will call on ${dayLabel(calendar, day)} at ${time}.`
            : 'That moment is not possible: pick a time after your last call.'}
      </p>
      <button type="submit" className="primary" disabled={!allowed}>
        Dial {company}
      </button>
    </form>
  );
}

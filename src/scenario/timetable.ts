/**
 * The scenario's calendar and the times its lines set, resolved into campaign days: "Tuesday
 * afternoon" said on a Thursday is day N at 12:00 to 17:00. The grader judges calls against the
 * resolved spans (src/scoring/calendar.ts); here is only what the author wrote and what it means.
 */
import {
  type Calendar,
  type CallWindow,
  DEFAULT_CALENDAR,
  type Span,
  WEEKDAYS,
  type Weekday,
  type WindowKind,
  weekdayOf,
} from '../scoring/calendar.ts';

/** A moment as an author writes it, relative to the call that names it. */
export interface AuthoredPoint {
  /** This many days after the call's day (0 = the same day). */
  days?: number;
  /** The next such weekday after the call's day (with `nextWeek`, the one in the next week). */
  weekday?: Weekday;
  nextWeek?: boolean;
  /** A campaign day (days since the interview). */
  day?: number;
  /** HH:MM; without it, the start (for `from`) or the end (for `to`) of the day. */
  at?: string;
}

export interface AuthoredSpan {
  from: AuthoredPoint;
  to?: AuthoredPoint;
}

export interface AuthoredWindow {
  says: string;
  spans: AuthoredSpan[];
}

/** The scenario's calendar with every default filled in. */
export function calendarOf(scenario: { calendar?: Partial<Calendar> | undefined }): Calendar {
  return { ...DEFAULT_CALENDAR, ...(scenario.calendar ?? {}) };
}

/** Days from Monday: mon 0 … sun 6. */
function place(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday);
}

/** The campaign day a point names, said on `callDay`. */
export function resolveDay(point: AuthoredPoint, callDay: number, calendar: Calendar): number {
  if (point.day !== undefined) return point.day;
  if (point.days !== undefined) return callDay + point.days;
  if (point.weekday !== undefined) {
    const today = place(weekdayOf(calendar, callDay));
    const target = place(point.weekday);
    if (point.nextWeek) {
      // The target weekday in the week after this one (weeks run Monday to Sunday).
      return callDay + (7 - today) + target;
    }
    const ahead = (target - today + 7) % 7;
    return callDay + (ahead === 0 ? 7 : ahead);
  }
  return callDay;
}

function spanOf(span: AuthoredSpan, callDay: number, calendar: Calendar): Span {
  const fromDay = resolveDay(span.from, callDay, calendar);
  const to = span.to ?? span.from;
  return {
    fromDay,
    ...(span.from.at ? { fromTime: span.from.at } : {}),
    toDay: Math.max(fromDay, resolveDay(to, callDay, calendar)),
    ...(to.at && (span.to || !span.from.at) ? { toTime: to.at } : {}),
  };
}

/** An authored window as the grader reads it, for a call on `callDay`. */
export function resolveWindow(
  authored: AuthoredWindow,
  kind: WindowKind,
  callDay: number,
  calendar: Calendar,
): CallWindow {
  return {
    kind,
    says: authored.says,
    spans: authored.spans.map((s) => spanOf(s, callDay, calendar)),
  };
}

/**
 * The campaign's calendar: the weekday of the interview (day 0), the office's hours and the
 * days it is closed; and the windows of time the call itself set ("late afternoon, or early
 * next week"), as spans of campaign days and times. The scenario engine resolves what an
 * author wrote into these; the grader judges the calls against them.
 */
import { parseTime } from './time';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export interface Calendar {
  /** The interview's weekday (campaign day 0). */
  interviewOn: Weekday;
  /** Office hours, HH:MM: a call from `open` until before `close` can reach a person. */
  open: string;
  close: string;
  /** Weekdays the office is closed. */
  closed: Weekday[];
}

/** A calendar a log or scenario does not state: an interview on a Monday, 9 to 5, weekends off. */
export const DEFAULT_CALENDAR: Calendar = {
  interviewOn: 'mon',
  open: '09:00',
  close: '17:00',
  closed: ['sat', 'sun'],
};

/** The weekday of a campaign day. */
export function weekdayOf(calendar: Calendar, day: number): Weekday {
  const start = WEEKDAYS.indexOf(calendar.interviewOn);
  const at = (((start + day) % 7) + 7) % 7;
  return WEEKDAYS[at] as Weekday;
}

/** "Thursday". */
export function weekdayName(weekday: Weekday): string {
  return NAMES[weekday];
}

/** "Thu · day 3": the weekday and the campaign day, as the planner shows it. */
export function dayLabel(calendar: Calendar, day: number): string {
  return `${weekdayName(weekdayOf(calendar, day)).slice(0, 3)} · day ${day}`;
}

/** True when the office is closed all that day. */
export function isClosedDay(calendar: Calendar, day: number): boolean {
  return calendar.closed.includes(weekdayOf(calendar, day));
}

/** True when a call at this time of an open day can reach a person (open ≤ time < close). */
export function inOfficeHours(calendar: Calendar, day: number, time: string): boolean {
  const m = parseTime(time);
  const open = parseTime(calendar.open) ?? 9 * 60;
  const close = parseTime(calendar.close) ?? 17 * 60;
  return m !== undefined && !isClosedDay(calendar, day) && m >= open && m < close;
}

/** A stretch of campaign time: from a day (and time), until a day (and time), both included. */
export interface Span {
  fromDay: number;
  /** HH:MM; the start of `fromDay` when absent. */
  fromTime?: string;
  /** Open-ended when absent. */
  toDay?: number;
  /** HH:MM; the end of `toDay` when absent. */
  toTime?: string;
}

/** What a window is: when to call back, when the decision comes, or a call the caller promised. */
export const WINDOW_KINDS = ['call_back', 'decision', 'promise'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** A time the call set, as said ("late afternoon, or early next week") and as campaign spans. */
export interface CallWindow {
  kind: WindowKind;
  /** The words that set it, for findings. */
  says: string;
  /** Inside any of these is right. */
  spans: Span[];
}

const DAY = 24 * 60;

function startOf(span: Span): number {
  return span.fromDay * DAY + (parseTime(span.fromTime ?? '') ?? 0);
}

function endOf(span: Span): number {
  if (span.toDay === undefined) return Number.POSITIVE_INFINITY;
  const t = span.toTime === undefined ? undefined : parseTime(span.toTime);
  return span.toDay * DAY + (t ?? DAY - 1);
}

/** Minutes since the start of the interview day. */
export function campaignMinute(day: number, time: string): number {
  return day * DAY + (parseTime(time) ?? 0);
}

/** Where a moment falls against a window: before all of it, inside a span, or after all of it. */
export function placeIn(
  timeWindow: CallWindow,
  day: number,
  time: string,
): 'early' | 'inside' | 'late' {
  const at = campaignMinute(day, time);
  if (timeWindow.spans.some((s) => at >= startOf(s) && at <= endOf(s))) return 'inside';
  const firstStart = Math.min(...timeWindow.spans.map(startOf));
  return at < firstStart ? 'early' : 'late';
}

/** The last day of a window (undefined when it is open-ended). */
export function windowEndDay(timeWindow: CallWindow): number | undefined {
  const ends = timeWindow.spans.map((s) => s.toDay);
  if (ends.some((d) => d === undefined)) return undefined;
  return Math.max(...(ends as number[]));
}

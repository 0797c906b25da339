import { parseTime } from '../scoring/time.ts';

/** A simulated moment: whole days since the interview and the caller's local time. */
export interface Moment {
  day: number;
  /** 24-hour HH:MM. */
  time: string;
}

/** Minutes since midnight for an HH:MM string, or undefined when it is not one. */
export const minutesOf = parseTime;

/** True between 09:00 and 16:59, when an office phone is usually picked up. */
export function isBusinessHours(time: string): boolean {
  const minutes = minutesOf(time);
  return minutes !== undefined && minutes >= 9 * 60 && minutes < 17 * 60;
}

/** True when `next` comes strictly after `previous` (or there is no previous). */
export function isLaterMoment(next: Moment, previous: Moment | undefined): boolean {
  const nextMinutes = minutesOf(next.time);
  if (!Number.isInteger(next.day) || next.day < 0 || nextMinutes === undefined) return false;
  if (!previous) return true;
  if (next.day !== previous.day) return next.day > previous.day;
  return nextMinutes > (minutesOf(previous.time) ?? -1);
}

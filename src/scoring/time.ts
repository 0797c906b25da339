/**
 * The one parser of the caller's local time, 24-hour HH:MM (contract: call mode `time`).
 * The hour may be written with one digit ("9:30" is read as 09:30, lenient input people type);
 * minutes always have two. "24:00", "10:5", "10:30:00" and "9.30" are not times.
 * `parseCallLog`, the call grader and (they should import it) the scenario engine's
 * `src/scenario/moment.ts` and the history file's `src/storage/historyFile.ts` share it.
 */

/** HH:MM, 00:00-23:59, with an optional leading zero on the hour. */
export const TIME_PATTERN = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an HH:MM time, or undefined when it is not one. */
export function parseTime(time: string): number | undefined {
  const m = typeof time === 'string' ? TIME_PATTERN.exec(time) : null;
  if (!m) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}

/** True when the string is an HH:MM time `parseTime` accepts. */
export function isTime(time: string): boolean {
  return parseTime(time) !== undefined;
}

/** The canonical two-digit form ("9:30" → "09:30"), or undefined when it is not a time. */
export function canonicalTime(time: string): string | undefined {
  const minutes = parseTime(time);
  if (minutes === undefined) return undefined;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

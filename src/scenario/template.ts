/**
 * The small templating of scenario lines: a line can follow the hour, the caller's name and how
 * many messages they have left. `{greeting}` is "Good morning" before noon, "Good afternoon"
 * until 18:00, then "Good evening"; `{partOfDay}` the same in one lower-case word; `{caller}`
 * and `{callerFirst}` the learner's name; `{weekday}` the call's weekday; `{interviewDay}` the
 * interview's; `{message}` which voicemail this is ("first", "second", …).
 */
import { type Calendar, weekdayName, weekdayOf } from '../scoring/calendar.ts';
import { minutesOf } from './moment.ts';

export const PLACEHOLDERS = [
  'greeting',
  'partOfDay',
  'caller',
  'callerFirst',
  'weekday',
  'interviewDay',
  'message',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** What a line is said in: the call's moment, who calls, and the messages left before it. */
export interface LineMoment {
  day: number;
  time: string;
  caller: string;
  calendar: Calendar;
  /** Voicemails the caller left before this call. */
  messagesBefore: number;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

/** "morning" before 12:00, "afternoon" until 18:00, then "evening". */
export function partOfDay(time: string): 'morning' | 'afternoon' | 'evening' {
  const m = minutesOf(time) ?? 0;
  if (m < 12 * 60) return 'morning';
  return m < 18 * 60 ? 'afternoon' : 'evening';
}

function placeholderValue(name: Placeholder, at: LineMoment): string {
  switch (name) {
    case 'greeting':
      return `Good ${partOfDay(at.time)}`;
    case 'partOfDay':
      return partOfDay(at.time);
    case 'caller':
      return at.caller;
    case 'callerFirst':
      return at.caller.split(/\s+/)[0] ?? at.caller;
    case 'weekday':
      return weekdayName(weekdayOf(at.calendar, at.day));
    case 'interviewDay':
      return weekdayName(at.calendar.interviewOn);
    case 'message':
      return ORDINALS[at.messagesBefore] ?? `${at.messagesBefore + 1}th`;
  }
}

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** The line as said at this moment; an unknown `{name}` is left as written (the check flags it). */
export function renderLine(text: string, at: LineMoment): string {
  if (!text.includes('{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    isPlaceholder(name) ? placeholderValue(name, at) : whole,
  );
}

/** The `{names}` in a line that are not placeholders, for the scenario check. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((n) => !isPlaceholder(n));
}

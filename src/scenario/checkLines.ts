/**
 * Checks that a scenario's lines fit the moment they are said in: placeholders that exist, no
 * fixed "good morning" or "second message" that the hour or the count can make wrong, no day
 * named that the calendar contradicts, and no window that falls wholly on closed days.
 */
import { isClosedDay, WEEKDAYS, type Weekday, weekdayName } from '../scoring/calendar.ts';
import type { Scenario } from './schema.ts';
import { unknownPlaceholders } from './template.ts';
import { calendarOf, resolveWindow } from './timetable.ts';

export interface LineCheck {
  /** Path of the field in the scenario file, for locating the message. */
  path: (string | number)[];
  message: string;
  /** A problem makes the file invalid; a warning is shown and the file still loads. */
  level: 'problem' | 'warning';
}

const FIXED_GREETING = /\bgood (morning|afternoon|evening)\b/i;
const FIXED_COUNT = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th) (message|voicemail)\b/i;
const INTERVIEW_ON =
  /\binterview(?:ed)?\b[^.?!]{0,30}?\b(?:on|last)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const DAY_WORD = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/gi;

function weekdayOfWord(word: string): Weekday {
  return word.slice(0, 3).toLowerCase() as Weekday;
}

interface Line {
  text: string;
  path: (string | number)[];
  /** Said by the other side (their lines name days; the caller's may quote them). */
  theirs: boolean;
}

function linesOf(scenario: Scenario): Line[] {
  const out: Line[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.says !== undefined)
      out.push({ text: node.says, path: ['nodes', nodeId, 'says'], theirs: true });
    node.reply?.choices.forEach((c, i) => {
      out.push({
        text: c.say,
        path: ['nodes', nodeId, 'reply', 'choices', i, 'say'],
        theirs: false,
      });
    });
    if (node.reply?.model !== undefined) {
      out.push({
        text: node.reply.model,
        path: ['nodes', nodeId, 'reply', 'model'],
        theirs: false,
      });
    }
  }
  return out;
}

/** The scenario's problems and warnings about lines and times. */
export function checkLines(scenario: Scenario): LineCheck[] {
  const calendar = calendarOf(scenario);
  const out: LineCheck[] = [];
  for (const line of linesOf(scenario)) {
    for (const name of unknownPlaceholders(line.text)) {
      out.push({
        path: line.path,
        level: 'problem',
        message: `unknown placeholder {${name}}; use one of {greeting}, {partOfDay}, {caller}, {callerFirst}, {weekday}, {interviewDay}, {message}`,
      });
    }
    const greeting = FIXED_GREETING.exec(line.text);
    if (greeting) {
      out.push({
        path: line.path,
        level: 'warning',
        message: `warning: a fixed "${greeting[0]}" is said at any hour; write {greeting} (or {partOfDay}) so it follows the time of the call`,
      });
    }
    const count = FIXED_COUNT.exec(line.text);
    if (count) {
      out.push({
        path: line.path,
        level: 'warning',
        message: `warning: "${count[0]}" can be wrong for the messages actually left; write "{message} ${count[2]}"`,
      });
    }
    const interview = INTERVIEW_ON.exec(line.text);
    if (interview?.[1] && weekdayOfWord(interview[1]) !== calendar.interviewOn) {
      out.push({
        path: line.path,
        level: 'warning',
        message: `warning: this line puts the interview on a ${interview[1]}, but the calendar has it on a ${weekdayName(calendar.interviewOn)}; write {interviewDay} or mend the calendar`,
      });
    }
    if (line.theirs) {
      for (const m of line.text.matchAll(DAY_WORD)) {
        const day = weekdayOfWord(m[1] ?? '');
        if (WEEKDAYS.includes(day) && calendar.closed.includes(day)) {
          out.push({
            path: line.path,
            level: 'warning',
            message: `warning: this line names ${m[1]}, a day the office is closed in the calendar`,
          });
        }
      }
    }
  }
  // A window a line sets must leave some open day to call in (checked for a call on day 2).
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const w = node.window;
    if (!w) continue;
    const resolved = resolveWindow(w, w.kind, 2, calendar);
    const open = resolved.spans.some((s) => {
      const last = s.toDay ?? s.fromDay + 6;
      for (let d = s.fromDay; d <= last; d++) if (!isClosedDay(calendar, d)) return true;
      return false;
    });
    if (!open && w.kind === 'call_back') {
      out.push({
        path: ['nodes', nodeId, 'window'],
        level: 'warning',
        message: 'warning: this call-back window falls only on days the office is closed',
      });
    }
  }
  return out;
}

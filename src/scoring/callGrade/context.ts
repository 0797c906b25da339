/**
 * Everything the rubric reads about a call log, computed once: each caller turn graded, each
 * attempt's other-side signals, and the attempts in calendar order.
 */
import { gradeAndRead } from '../gradeLine';
import { nameGiven, saysOwnName } from '../identify';
import { cleanLine, type Reading, withoutListeners } from '../reading';
import { normalise } from '../text';
import { parseTime } from '../time';
import type { Attempt, CallLog, LineGrade, Turn } from '../types';
import type { Intent } from '../vocabulary';
import { listenersOf, type Names, namesOf } from './people';
import { readTheirTurns, type TheirSignals } from './theirLines';

export interface MyTurn {
  /** Index into the attempt's turns. */
  turn: number;
  grade: LineGrade;
  /** The reading behind the grade: its features name the words that weighed. */
  reading: Reading;
  /** The turn as logged (how it was given, its choice id, its model line). */
  logged: Turn;
  seconds?: number;
  givesName: boolean;
  /** The caller's own first name as given in this turn, lower-cased. */
  name?: string;
}

export interface AttemptView {
  index: number;
  attempt: Attempt;
  /** Minutes after midnight. */
  minutes: number;
  mine: MyTurn[];
  their: TheirSignals;
  /** Every intent the caller used in this attempt. */
  intents: Set<Intent>;
  /** The other side greeted the caller by name before the caller spoke, so no need to introduce. */
  recognised: boolean;
  /**
   * Earlier the same day the caller left a message saying they are still interested (with a
   * receptionist or on the voicemail): it reached the interviewer before this call did.
   */
  interestPassedOn: boolean;
  /** Names for suggestions (the log's people, or neutral words). */
  names: Names;
}

export interface CallContext {
  log: CallLog;
  /** Attempts in calendar order (day, then time); `index` keeps the log's own position. */
  ordered: AttemptView[];
}

/** Minutes after midnight of an HH:MM time (validated upstream; bad input gives 0). */
export function minutesOf(time: string): number {
  return parseTime(time) ?? 0;
}

function viewOf(
  attempt: Attempt,
  index: number,
  names: Names,
  caller: string | undefined,
  listeners: readonly string[],
): AttemptView {
  const mine: MyTurn[] = [];
  const intents = new Set<Intent>();
  attempt.turns.forEach((t, turn) => {
    if (t.speaker !== 'me') return;
    const reached = attempt.reached === 'no_answer' ? undefined : attempt.reached;
    // `seconds: 0` is "not measured": the turn is timed from its words like a missing value.
    const seconds = t.seconds !== undefined && t.seconds > 0 ? t.seconds : undefined;
    const { grade, reading } = gradeAndRead({
      text: t.text,
      seconds,
      reached,
      ...(t.intents === undefined ? {} : { intents: t.intents }),
      ...(caller === undefined ? {} : { caller }),
      ...(listeners.length === 0 ? {} : { listeners }),
    });
    for (const i of grade.intents) intents.add(i);
    // A name the line gives that belongs to the listener ("tell dana i called") is not the caller's.
    const own = listeners.length === 0 ? t.text : withoutListeners(t.text, listeners, caller);
    const name = nameGiven(own, own === t.text ? reading.clean : cleanLine(normalise(own)));
    // The caller's own name, when the log knows it, is read as the classifier reads it.
    const givesName =
      name !== undefined || (caller !== undefined && saysOwnName(reading.clean, caller));
    mine.push({ turn, grade, reading, logged: t, seconds, givesName, name });
  });
  return {
    index,
    attempt,
    minutes: minutesOf(attempt.time),
    mine,
    their: readTheirTurns(attempt.turns),
    intents,
    recognised: false,
    interestPassedOn: false,
    names,
  };
}

// "Hi Sam", "Oh, Daniel!": a greeting to someone by name, unless it is the speaker's own name.
const GREETS_BY_NAME =
  /\b(?:[Hh]i|[Hh]ey|[Hh]ello|[Oo]h|[Aa]h|[Mm]orning),? ([A-Z][a-z]+)\b(?! (?:speaking|here)\b| [A-Z])/;
const OWN_NAME = /\b(?:[Tt]his is|[Ii]t's|[Ii]'m|[Mm]y name is) ([A-Z][a-z]+)/;

// Whether the other side named the caller before the caller's first turn.
function recognisedBy(view: AttemptView, names: ReadonlySet<string>): boolean {
  const first = view.mine[0]?.turn ?? view.attempt.turns.length;
  for (const t of view.attempt.turns.slice(0, first)) {
    // Receptionists greet with the company's name, so only an interviewer's greeting counts.
    const greeted =
      view.attempt.reached === 'interviewer' ? GREETS_BY_NAME.exec(t.text)?.[1] : undefined;
    if (greeted && greeted !== OWN_NAME.exec(t.text)?.[1]) return true;
    const lower = normalise(t.text);
    for (const name of names) if (new RegExp(`\\b${name}\\b`).test(lower)) return true;
  }
  return false;
}

/** Builds the shared view of a (validated) call log. */
export function buildContext(log: CallLog): CallContext {
  const names = namesOf(log.people);
  // The caller's own name, when the log gives it: a line that says it identifies them.
  const caller = log.people?.caller?.trim() || undefined;
  // The people the caller talks to: naming them says nothing of who is calling.
  const listeners = listenersOf(log.people);
  const views = log.attempts.map((a, i) => viewOf(a, i, names, caller, listeners));
  const given = new Set<string>();
  for (const v of views)
    for (const m of v.mine) if (m.name && /^[a-z'-]+$/.test(m.name)) given.add(m.name);
  for (const v of views) v.recognised = recognisedBy(v, given);
  const ordered = [...views].sort(
    (a, b) => a.attempt.day - b.attempt.day || a.minutes - b.minutes || a.index - b.index,
  );
  ordered.forEach((view, k) => {
    view.interestPassedOn = ordered
      .slice(0, k)
      .some((earlier) => earlier.attempt.day === view.attempt.day && leftInterest(earlier));
  });
  return { log, ordered };
}

/** A line of the attempt left a message saying the caller is still interested. */
function leftInterest(view: AttemptView): boolean {
  return view.mine.some(
    (m) =>
      m.grade.intents.includes('leave_message') && m.grade.intents.includes('express_interest'),
  );
}

/** True when the caller actually spoke in this attempt (a voicemail was left, a talk was had). */
export function spoke(view: AttemptView): boolean {
  return view.mine.some((m) => m.grade.words > 0);
}

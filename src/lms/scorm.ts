/**
 * SCORM 1.2 for one campaign, pure: the cmi values the app writes while a campaign is under
 * way and when its debrief is reached, and the campaign kept in `cmi.suspend_data` (deflated
 * and in base64, within SCORM 1.2's 4,096 characters) so the learner resumes where they left
 * off on their next launch. Nothing here touches a window or the API: src/ui/lms/ does.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { isClosed } from '../scenario/eventLog';
import type { CallLog, Scorecard, Verdict } from '../scoring/types';
import { readSession } from '../storage/sessionShelf';
import type { SavedSession } from '../storage/types';
import { PASS_SCORE } from './xapi';

/**
 * The SCORM 1.2 runtime an LMS offers a SCO as `window.API` in a parent or opener window.
 * Every value is a string; LMSs answer "true" / "false" (some answer booleans).
 */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string | boolean;
  LMSFinish(parameter: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(parameter: ''): string | boolean;
  LMSGetLastError(): string | number;
}

/** One data model element and the value to write to it. */
export type CmiValue = readonly [element: string, value: string];

/** The most `cmi.suspend_data` may hold in SCORM 1.2 (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;
/** The most an interaction's `student_response` may hold (CMIFeedback). */
export const RESPONSE_LIMIT = 255;
/** The most an interaction's `id` may hold (CMIIdentifier). */
const IDENTIFIER_LIMIT = 255;

/** What this SCO keeps in the LMS between launches. */
export interface Suspended {
  /** The campaign under way (or just finished, its debrief on screen). */
  session: SavedSession;
  /** True once its result and interactions were sent, so a reload does not send them again. */
  reported: boolean;
}

/** Marks our format (and its version), so data another package left is not misread. */
const FORMAT = 'fuct1:';

function toBase64(bytes: Uint8Array): string {
  return btoa(strFromU8(bytes, true));
}

function fromBase64(text: string): Uint8Array {
  return strToU8(atob(text), true);
}

function pack(state: Suspended): string {
  const json = JSON.stringify({ s: state.session, ...(state.reported ? { r: 1 } : {}) });
  return FORMAT + toBase64(deflateSync(strToU8(json), { level: 9 }));
}

/** The session with every own-words line longer than `cap` cut to it (an ellipsis marks it). */
function withLinesCut(session: SavedSession, cap: number): SavedSession {
  return {
    ...session,
    events: session.events.map((e) =>
      e.type === 'caller.said' && e.text.length > cap
        ? { ...e, text: `${e.text.slice(0, cap).trimEnd()}…` }
        : e,
    ),
  };
}

/** The largest n in [low, high] for which `fits(n)` gives a text, and that text (binary search). */
function largestFitting(
  low: number,
  high: number,
  fits: (n: number) => string | undefined,
): string | undefined {
  let best: string | undefined;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const text = fits(mid);
    if (text === undefined) high = mid - 1;
    else {
      best = text;
      low = mid + 1;
    }
  }
  return best;
}

/**
 * The suspend data for `state`, never longer than `limit`. A campaign that does not fit
 * compressed keeps its events and has its longest own-words lines shortened (the intents the
 * campaign branched on stay, so it resumes at the same step); only a log too long even then
 * is cut to its longest prefix that fits (it resumes earlier). Empty when nothing fits.
 */
export function encodeSuspendData(state: Suspended, limit = SUSPEND_DATA_LIMIT): string {
  const fitting = (s: Suspended) => {
    const text = pack(s);
    return text.length <= limit ? text : undefined;
  };
  const whole = fitting(state);
  if (whole !== undefined) return whole;
  const longest = Math.max(
    0,
    ...state.session.events.map((e) => (e.type === 'caller.said' ? e.text.length : 0)),
  );
  const cut = largestFitting(0, longest - 1, (cap) =>
    fitting({ ...state, session: withLinesCut(state.session, cap) }),
  );
  if (cut !== undefined) return cut;
  const shortest = withLinesCut(state.session, 0);
  return (
    largestFitting(0, shortest.events.length - 1, (n) =>
      fitting({ ...state, session: { ...shortest, events: shortest.events.slice(0, n) } }),
    ) ?? ''
  );
}

/** The campaign kept in suspend data, or undefined when it is empty, foreign or damaged. */
export function decodeSuspendData(text: string): Suspended | undefined {
  if (!text.startsWith(FORMAT)) return undefined;
  try {
    const json: unknown = JSON.parse(strFromU8(inflateSync(fromBase64(text.slice(FORMAT.length)))));
    if (!json || typeof json !== 'object') return undefined;
    const { s, r } = json as { s?: unknown; r?: unknown };
    const session = readSession(s);
    return session ? { session, reported: r === 1 } : undefined;
  } catch {
    return undefined;
  }
}

/** True for a lesson status that reports a result (the campaign was finished and graded). */
export function isResult(status: string): boolean {
  return status === 'passed' || status === 'failed' || status === 'completed';
}

/** Passed or failed, by the same threshold the xAPI statements use. */
export function lessonStatusOf(overall: number): 'passed' | 'failed' {
  return overall >= PASS_SCORE ? 'passed' : 'failed';
}

/**
 * What to write on each save: `incomplete` while nothing is recorded yet (a result already
 * recorded is never taken back by practising again), `exit` = `suspend` while a campaign is
 * under way (so the LMS keeps the data for the next launch), and the suspend data.
 */
export function progressValues(state: Suspended | undefined, recordedStatus: string): CmiValue[] {
  const underWay = state !== undefined && !isClosed(state.session.events);
  return [
    ...(isResult(recordedStatus) ? [] : [['cmi.core.lesson_status', 'incomplete'] as const]),
    ['cmi.core.exit', underWay ? 'suspend' : ''],
    ['cmi.suspend_data', state ? encodeSuspendData(state) : ''],
  ];
}

/** The status and score the LMS holds for this SCO ("" when none). */
export interface RecordedResult {
  status: string;
  score: string;
}

/**
 * The finished campaign's status and score (0–100), unless the LMS already holds a better
 * result from an earlier campaign of this attempt: practising more never lowers a grade.
 */
export function resultValues(card: Scorecard, recorded: RecordedResult): CmiValue[] {
  const held = Number.parseFloat(recorded.score);
  if (isResult(recorded.status) && Number.isFinite(held) && held > card.overall) return [];
  return [
    ['cmi.core.lesson_status', lessonStatusOf(card.overall)],
    ['cmi.core.score.raw', String(card.overall)],
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
  ];
}

/** The debrief's verdicts as SCORM 1.2 results: ✓ correct, ✗ wrong, △ neutral. */
const RESULT: Record<Verdict, string> = { good: 'correct', poor: 'wrong', better: 'neutral' };

/** An interaction id: letters, digits, `.`, `_` and `-` only, at most 255 of them. */
function identifier(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, IDENTIFIER_LIMIT);
}

/** A typed or spoken line as a response: one line of text, cut to `limit` (whole characters). */
export function responseText(text: string, limit = RESPONSE_LIMIT): string {
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ').trim()) {
    if (out.length + ch.length > limit) break;
    out += ch;
  }
  return out;
}

/** How many interactions `interactionValues` writes for a log: one per caller turn. */
export function callerTurns(log: CallLog): number {
  return log.attempts.reduce((n, a) => n + a.turns.filter((t) => t.speaker === 'me').length, 0);
}

/**
 * One interaction per caller turn, numbered from `first` (the LMS's `cmi.interactions._count`):
 * `choice` with the choice id for a chosen line, `fill-in` with the words for a typed or
 * spoken one, and the result from the scorecard's verdict for that turn (never graded here).
 */
export function interactionValues(log: CallLog, card: Scorecard, first: number): CmiValue[] {
  const out: CmiValue[] = [];
  let n = first;
  log.attempts.forEach((attempt, a) => {
    let line = 0;
    attempt.turns.forEach((turn, t) => {
      if (turn.speaker !== 'me') return;
      line++;
      const review = card.lines?.find((l) => l.attempt === a && l.turn === t);
      const chosen = turn.how === 'chosen' && turn.choice !== undefined;
      const node = turn.node ?? turn.choice?.replace(/\.\d+$/, '') ?? 'line';
      const at = `cmi.interactions.${n++}`;
      out.push(
        [`${at}.id`, identifier(`call${a + 1}.line${line}.${node}`)],
        [`${at}.type`, chosen ? 'choice' : 'fill-in'],
        [`${at}.student_response`, chosen ? (turn.choice as string) : responseText(turn.text)],
        [`${at}.result`, review ? RESULT[review.verdict] : 'neutral'],
      );
    });
  });
  return out;
}

/** A duration as SCORM 1.2's CMITimespan, HH:MM:SS (hours up to 9999). */
export function cmiTimespan(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.min(9999, Math.floor(seconds / 3600));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hours)}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

import type { Calendar, CallWindow } from './calendar';
import type { TipId } from './tips';
import type { Intent, Reached } from './vocabulary';

/** One line to grade (contract: utterance mode input). */
export interface LineInput {
  text: string;
  /** How long it took to say, when spoken. */
  seconds?: number;
  /** Who the caller is talking to. */
  reached?: Reached;
  /**
   * The line's meaning when it is already known (an authored choice's tags, or the reading made
   * when a typed line was said); the grader then scores these and does not classify again.
   */
  intents?: readonly Intent[];
  /** The caller's own name, when the call knows it: a line that says it identifies them. */
  caller?: string;
  /**
   * The names of the people the caller may be talking to (interviewer, receptionist): a line
   * that names only them ("thanks Dana") does not identify the caller.
   */
  listeners?: readonly string[];
}

/** A graded line (contract: utterance mode output; extra fields are allowed). */
export interface LineGrade {
  text: string;
  intents: Intent[];
  politeness: number;
  brevity: number;
  pushy: boolean;
  recitesCredentials: boolean;
  words: number;
  fillers: number;
  /** Words per minute, when `seconds` was given. */
  wpm?: number;
  /** Extra: the politeness band, as used by the labelled set (polite / neutral / rude). */
  tone?: 'polite' | 'neutral' | 'rude';
  /** Extra: false when the line is not in English (only English is understood; no intents). */
  english?: boolean;
  /** Extra: the line insults or belittles the listener (graded as the worst kind of line). */
  insult?: boolean;
  /** Extra: the line is about something other than the job or the call. */
  offTopic?: boolean;
  /** Extra: weighted count of the points of qualification the line makes (0 for none). */
  sellingPoints?: number;
}

/** How a caller line was given: an authored choice, typed, or spoken. */
export const HOW_GIVEN = ['chosen', 'typed', 'spoken'] as const;
export type HowGiven = (typeof HOW_GIVEN)[number];

export interface Turn {
  speaker: 'me' | 'them';
  text: string;
  seconds?: number;
  /** Caller turns: how the line was given. */
  how?: HowGiven;
  /** Caller turns: the authored choice's id (`node.N`, N from 1) when it was chosen. */
  choice?: string;
  /** Caller turns: the line's intents (author's tags, or the reading made when it was said). */
  intents?: Intent[];
  /** Caller turns: the scenario's model line for this turn, offered when the line falls short. */
  model?: string;
  /** Extra: the scenario node the turn belongs to (activity ids in xAPI statements). */
  node?: string;
  /** Extra, never scored: a room's show of hands at this branch (room mode). */
  room?: RoomTally;
}

/** A room's show of hands at a branch: `counts[i]` chose authored choice `i` (`node.{i+1}`). */
export interface RoomTally {
  counts: number[];
}

/** Bounds on a show of hands: a workshop is 10–40 people; a lecture hall fits too. */
export const ROOM_LIMITS = { hands: 999, choices: 20 } as const;

/** True when a value read back from storage is a show of hands within the bounds. */
export function isRoomTally(value: unknown): value is RoomTally {
  if (!value || typeof value !== 'object' || !('counts' in value)) return false;
  const { counts } = value;
  return (
    Array.isArray(counts) &&
    counts.length <= ROOM_LIMITS.choices &&
    counts.every((n) => Number.isInteger(n) && n >= 0 && n <= ROOM_LIMITS.hands)
  );
}

/** The people of the call; suggestions name them (without them, neutral words). */
export interface People {
  caller?: string;
  interviewer?: string;
  company?: string;
  /** The receptionist's name, when the scenario has one (an addition to the contract). */
  receptionist?: string;
}

export interface Attempt {
  /** Whole days after the interview (interview day = 0). */
  day: number;
  /** Caller's local time, 24-hour HH:MM. */
  time: string;
  reached: Reached;
  turns: Turn[];
  /**
   * Extra: times this call set, in campaign days: when to call back or when the decision comes
   * (said by the other side), or when the caller promised to call (said by the caller).
   */
  windows?: CallWindow[];
}

/** A call log (contract: call mode input). */
export interface CallLog {
  scenario?: string;
  /** Extra: whether a thank-you note was sent after the interview (tip T0). */
  thankYouNote?: boolean;
  people?: People;
  attempts: Attempt[];
  movedOn?: boolean;
  /** Extra: the campaign's calendar (weekdays, office hours, closed days). */
  calendar?: Calendar;
  /** Extra: when the interview said the decision would come, in campaign days. */
  decision?: CallWindow;
}

export const DIMENSIONS = ['timing', 'brevity', 'politeness', 'purpose', 'composure'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface Finding {
  dimension: Dimension;
  tip: TipId;
  message: string;
  /** What to say or do instead. */
  suggestion?: string;
  attempt?: number;
  turn?: number;
  /** Extra: the words of the turn that led to this finding, when some stood out. */
  phrase?: string;
  /** Points this finding cost within its dimension (0 for praise). */
  points?: number;
  /** Extra: the problem this finding is about, shared with other dimensions' findings about it. */
  problem?: string;
  /** 'good' findings are praise, 'notice' ones tell something at no cost; the others explain lost points. */
  kind?: 'good' | 'improve' | 'notice';
}

export interface DimensionScore {
  score: number;
  /** Extra: false when nothing in the log lets this dimension be judged (score stays 100). */
  applies?: boolean;
  /** Extra: points lost, the sum of this dimension's findings' points (100 - score). */
  lost?: number;
  /** Extra: the dimension's weight in `overall` (0 when it does not apply). */
  weight?: number;
}

export interface Scorecard {
  overall: number;
  dimensions: Record<Dimension, DimensionScore>;
  findings: Finding[];
  /** Extra: the scenario id from the log, when given. */
  scenario?: string;
  /** Extra: every caller turn graded on its own, with the call's findings about it. */
  lines?: LineReview[];
  /** Extra: each problem once (findings about one thing merged), costliest first. */
  problems?: Problem[];
  /** Extra: the few problems to work on first (the costliest), for the top of a debrief. */
  focus?: Problem[];
}

/** One thing that went wrong, however many dimensions it cost: the debrief lists it once. */
export interface Problem
  extends Pick<
    Finding,
    'dimension' | 'tip' | 'message' | 'suggestion' | 'attempt' | 'turn' | 'phrase'
  > {
  /** The caller's line at fault, when the problem is about one line. */
  line?: string;
  /** What to say instead: the scenario's model line for that turn, when the log carried one. */
  model?: string;
  /** Points it cost in all, and in each dimension it cost. */
  points: number;
  costs: Partial<Record<Dimension, number>>;
  /** Every finding merged into this problem, the main one first (the full detail). */
  findings: Finding[];
}

/** How a caller line did: the debrief's ✓ / △ / ✗. */
export type Verdict = 'good' | 'better' | 'poor';

/** One reason behind a line's verdict, tied to its tip, with the words at fault when known. */
export interface LineReason {
  text: string;
  tip?: TipId;
  phrase?: string;
}

/** The grade of one caller turn, as the scorecard carries it to every view. */
export interface LineReview {
  attempt: number;
  turn: number;
  how?: HowGiven;
  choice?: string;
  verdict: Verdict;
  reasons: LineReason[];
  /** The scenario's model line for this turn, when the line was poor and the log carried one. */
  model?: string;
  grade: LineGrade;
}

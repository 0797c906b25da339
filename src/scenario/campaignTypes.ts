import type { RoomTally } from '../scoring/types.ts';
import type { Intent, Reached } from '../scoring/vocabulary.ts';
import type { Moment } from './moment.ts';
import type { Outcome, Speaker } from './schema.ts';

/** One line of the transcript, as the campaign records it. */
export interface TranscriptLine {
  speaker: 'me' | 'them';
  /** Who said it: the caller, or the scenario's speaker. */
  role: Speaker | 'caller';
  text: string;
  /** The scenario node the line belongs to (for "retry from this turn"). */
  nodeId: string;
  intents?: Intent[];
  /** Index of the authored choice, when the caller picked one. */
  choice?: number;
  seconds?: number;
  /** The room's show of hands when a room chose this line (room mode). */
  room?: RoomTally;
}

/** How an attempt ended; `hung_up` when the caller put the phone down first. */
export type AttemptOutcome = Outcome | 'hung_up' | 'turn_limit';

export interface AttemptRecord extends Moment {
  reached: Reached;
  turns: TranscriptLine[];
  /** Scenario nodes passed through, in order (silent ones included). */
  visited: string[];
  outcome?: AttemptOutcome;
}

export interface CampaignContext {
  scenarioId: string;
  thankYouSent: boolean;
  attempts: AttemptRecord[];
  /** Who the learner plays: their own name when they gave one, else the scenario's caller. */
  caller?: string;
  /** How the campaign closed: waiting for their call, or moving on. */
  closing?: 'waited' | 'movedOn';
}

export type CampaignEvent =
  | { type: 'plan.thankYou' }
  /** The learner plays under their own name (before the first call). */
  | { type: 'plan.caller'; name: string }
  | { type: 'plan.dial'; day: number; time: string }
  | { type: 'caller.chose'; index: number; seconds?: number; room?: RoomTally }
  | { type: 'caller.said'; text: string; intents: Intent[]; seconds?: number }
  | { type: 'caller.hungUp' }
  | { type: 'campaign.wait' }
  | { type: 'campaign.moveOn' };

/** The longest own name a learner may give (longer is refused). */
export const CALLER_NAME_MAX = 60;

/** After this many caller lines in one call the other person wraps up, so every call ends. */
export const MAX_CALLER_TURNS = 8;

/**
 * What a practice session allows, and the rules with no workshop pack: kept apart from
 * `rules.ts` (which decides them under a pack) so the first screen holds only this.
 */
import type { InputMode } from './packTypes';

export interface SessionRules {
  /** The ways to answer offered on a call. */
  modes: Readonly<Record<InputMode, boolean>>;
  /** Whether the other side's lines are spoken aloud (captions always show). */
  voices: boolean;
  /** Whether the debrief shows model lines. */
  modelAnswers: boolean;
  /** Whether scores are shown now (false while a pack holds them for the end). */
  scoresShown: boolean;
  /** Set while a pack holds the scores: how many of its scenarios are finished. */
  scoresHeld?: { done: number; total: number };
  /** Whether a display name is asked before the first scenario. */
  askName: boolean;
  /** Room mode: the call is shown on a projector and the room decides each branch. */
  room: boolean;
}

/** Practising alone, with no pack: everything is offered, as it always was. */
export const OPEN_PRACTICE: SessionRules = {
  modes: { choose: true, type: true, speak: true },
  voices: true,
  modelAnswers: true,
  scoresShown: true,
  askName: false,
  room: false,
};

/** The rules with room mode also on when this tab asked for it (its own toggle). */
export function withRoomForTab(rules: SessionRules, roomForTab: boolean): SessionRules {
  return roomForTab && !rules.room ? { ...rules, room: true } : rules;
}

/**
 * The workshop pack's shape and defaults, without the decoder (zod, fflate), so the first
 * screen can know about packs and fetch the decoder only when a pack is in play.
 */

import type { OwnScenarioFile } from '../scenario/ownFile';

export const PACK_FORMAT = 'follow-up-call-trainer/pack';
/**
 * The pack's version, the one place it is defined: 2 may carry a coach's own scenarios (`own`);
 * 1 (built-in scenarios only) is still read, so links made before open as they did.
 */
export const PACK_VERSION = 2;
/** Every version this app reads. */
export type PackVersion = 1 | typeof PACK_VERSION;
export const TITLE_MAX_CHARS = 80;

/** How a participant may answer: pick a line, type their own, or say it out loud. */
export const INPUT_MODES = ['choose', 'type', 'speak'] as const;
export type InputMode = (typeof INPUT_MODES)[number];

/** Scores after each campaign, or only once every scenario of the pack is finished. */
export const SCORE_TIMING = ['each', 'end'] as const;
export type ScoreTiming = (typeof SCORE_TIMING)[number];

export interface PackSettings {
  /** The ways to answer that are offered (at least one). */
  modes: InputMode[];
  /** Whether the other side's lines are spoken aloud (captions are always shown). */
  voices: boolean;
  /** Whether the debrief shows model lines. */
  modelAnswers: boolean;
  scores: ScoreTiming;
  /** Whether each participant is asked for a display name before the first scenario. */
  askName: boolean;
  /**
   * Room mode: one call on a projector for the whole room (large type, a show of hands at each
   * branch). Off when absent: links made before it read the same, and a link without it still
   * opens in an app from before it.
   */
  room?: boolean;
}

export interface Pack {
  format: typeof PACK_FORMAT;
  version: PackVersion;
  id: string;
  title: string;
  /** Scenario ids, in the order they are played: built-in ones and the pack's own. */
  scenarios: string[];
  settings: PackSettings;
  /**
   * The coach's own scenarios the pack carries (version 2), each named in `scenarios`: their
   * YAML travels with the pack and is checked by the loader on the participant's device.
   */
  own?: OwnScenarioFile[];
}

/**
 * A new pack's settings: choose and type (a room of people talking to phones is loud), voices
 * off for the same reason (captions stay), model answers and scores after each campaign, and a
 * display name asked so handed-in results say whose they are.
 */
export const DEFAULT_PACK_SETTINGS: PackSettings = {
  modes: ['choose', 'type'],
  voices: false,
  modelAnswers: true,
  scores: 'each',
  askName: true,
};

/** A pack with the format fields filled in. */
export function newPack(fields: Omit<Pack, 'format' | 'version'>): Pack {
  const { own, ...rest } = fields;
  const carriesOwn = own !== undefined && own.length > 0;
  // Without own scenarios the pack is a version 1 pack, as before: the link stays as short as
  // it was, and an app from before own scenarios (a SCORM package already given out) opens it.
  return {
    format: PACK_FORMAT,
    version: carriesOwn ? PACK_VERSION : 1,
    ...rest,
    ...(carriesOwn ? { own } : {}),
  };
}

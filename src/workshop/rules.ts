/**
 * What a practice session allows, decided once from the workshop pack in play (or none):
 * the screens read these rules and never look at the pack's settings themselves.
 */
import { OPEN_PRACTICE, type SessionRules } from './openPractice';
import type { Pack } from './packTypes';

export { OPEN_PRACTICE, type SessionRules };

/** A finished campaign, as the history keeps it. */
export interface FinishedCampaign {
  scenarioId: string;
  /** UTC ISO time. */
  finishedAt: string;
}

/** The campaigns of the pack's scenarios finished on this device since the pack was opened here. */
export function packCampaigns<T extends FinishedCampaign>(
  pack: Pick<Pack, 'scenarios'>,
  openedAt: number,
  history: readonly T[],
): T[] {
  return history.filter(
    (r) => Date.parse(r.finishedAt) >= openedAt && pack.scenarios.includes(r.scenarioId),
  );
}

/**
 * The pack's scenarios finished on this device since the pack was opened here ("the end" is
 * when this equals the pack's scenario count).
 */
export function scenariosFinished(
  pack: Pack,
  openedAt: number,
  history: readonly FinishedCampaign[],
): number {
  return new Set(packCampaigns(pack, openedAt, history).map((r) => r.scenarioId)).size;
}

/** The rules for a session under a pack (opened at `openedAt`), given what is finished. */
export function rulesOf(
  pack: Pack | undefined,
  openedAt = 0,
  history: readonly FinishedCampaign[] = [],
): SessionRules {
  if (!pack) return OPEN_PRACTICE;
  const { settings } = pack;
  const allowed = new Set(settings.modes);
  const modes = {
    choose: allowed.has('choose'),
    type: allowed.has('type'),
    speak: allowed.has('speak'),
  };
  // Not every browser can listen: a pack that allows only speaking still lets the learner type,
  // or a participant on such a browser could not answer at all.
  if (!modes.choose && !modes.type) modes.type = true;
  const rules: SessionRules = {
    modes,
    voices: settings.voices,
    modelAnswers: settings.modelAnswers,
    scoresShown: true,
    askName: settings.askName,
    room: settings.room === true,
  };
  if (settings.scores === 'each') return rules;
  const done = scenariosFinished(pack, openedAt, history);
  const total = pack.scenarios.length;
  return done >= total ? rules : { ...rules, scoresShown: false, scoresHeld: { done, total } };
}

/** Only the pack's scenarios, in its order (all of them without a pack). */
export function scenariosIn<T extends { id: string }>(
  pack: Pack | undefined,
  scenarios: readonly T[],
): T[] {
  if (!pack) return [...scenarios];
  return pack.scenarios.flatMap((id) => scenarios.filter((s) => s.id === id));
}

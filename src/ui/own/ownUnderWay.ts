/**
 * A coach's own scenario being played, remembered for this tab (sessionStorage) so a reload
 * mid-campaign finds it again: the address and the saved campaign name only its id, and an own
 * scenario is not in the built-in library. The file is checked again when it is played.
 * Small on purpose: the first screen imports it (no loader, no zod).
 */

import type { ScenarioCard } from '../../scenario/card';
import { tabStorage } from '../../storage/browserStorage';
import { isKept, type KeptScenario, loadKept } from './ownStore';

const KEY = 'follow-up-call-trainer.ownUnderWay';

/** The file an own scenario was played from. */
export interface OwnFile {
  name: string;
  text: string;
}

/** The card of an own scenario: its id and title, and the file to check again. */
export type OwnCard = ScenarioCard & { ownFile: OwnFile };

/** Remembers the file of an own scenario as it starts being played (quietly, if it cannot). */
export function rememberPlayed(played: KeptScenario): void {
  try {
    tabStorage()?.setItem(KEY, JSON.stringify(played));
  } catch {
    // Storage full or blocked: the campaign plays; a reload then finds the kept copy, if any.
  }
}

/**
 * The card of an own scenario's file: only its id and title until the file is checked again,
 * or the card of the scenario as checked (a workshop pack's, listed among the built-in ones).
 */
export function ownCardOf(p: KeptScenario, checked?: ScenarioCard): OwnCard {
  return {
    ...(checked ?? { id: p.id, title: p.title, summary: '', difficulty: 'medium', tips: [] }),
    ownFile: { name: p.name, text: p.text },
  };
}

const cardOf = (p: KeptScenario) => ownCardOf(p);

/** The own scenario with this id: the one played in this tab, else one kept on the device. */
export function ownCardFor(id: string): OwnCard | undefined {
  try {
    const raw = tabStorage()?.getItem(KEY);
    const played: unknown = raw ? JSON.parse(raw) : undefined;
    if (isKept(played) && played.id === id) return cardOf(played);
  } catch {
    // A damaged entry: look among the kept ones.
  }
  const kept = loadKept().find((k) => k.id === id);
  return kept && cardOf(kept);
}

/** True for an own scenario's card (its file still to be checked). */
export function isOwnCard(card: ScenarioCard): card is OwnCard {
  return 'ownFile' in card;
}

/** Every own scenario kept on this device, as cards (for the scenarios screen). */
export function keptCards(): OwnCard[] {
  return loadKept().map(cardOf);
}

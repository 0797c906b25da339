/**
 * Opening a workshop pack on this device, in the chunk fetched only when there is one to open
 * (a `#/pack/…` address or a pack kept here): it brings the decoder (zod, fflate) and the rules.
 */
import type { Dispatch, SetStateAction } from 'react';
import { cardOf } from '../../scenario/card';
import { decodePack, type PackSource } from '../../workshop/pack';
import type { RefusedScenario } from '../../workshop/packScenarios';
import type { Pack } from '../../workshop/packTypes';
import { type FinishedCampaign, rulesOf, scenariosIn } from '../../workshop/rules';
import { type OwnCard, ownCardOf } from '../own/ownUnderWay';
import type { ActivePack, Opened } from './ActivePack';
import { loadDisplayName, saveDisplayName } from './displayName';
import { loadStoredPack, type StoredPack, saveStoredPack } from './packStore';

export interface OpenedPack {
  pack?: Pack;
  /** When the pack was first opened on this device. */
  openedAt: number;
  /** Why the link (or the pack kept here) could not be opened. */
  refused?: string;
  displayName?: string;
  /** The pack's own scenarios, checked on this device: those that play, those refused. */
  own?: { playable: OwnCard[]; refused: RefusedScenario[] };
}

/** The pack's part of what the app is told (room mode for the tab is the gate's). */
export type PackOnly = Omit<ActivePack, 'roomForTab' | 'setRoomForTab'>;

const STORED_REFUSED = 'The workshop kept on this device can no longer be opened. ';

/**
 * Opens the pack in a link (`linked`; or a pack file's, `from` 'file'), else the one kept on
 * this device. A refused link keeps the pack already kept; a kept pack that no longer opens (a
 * scenario gone) is forgotten. Own scenarios are checked after, by `checkOwnScenarios`.
 */
export function openPack(
  linked: string | undefined,
  scenarioIds: readonly string[],
  now: number,
  from: PackSource = 'link',
): OpenedPack {
  const stored = loadStoredPack();
  const displayName = loadDisplayName();
  const named = (opened: OpenedPack): OpenedPack =>
    displayName ? { ...opened, displayName } : opened;
  const keep = (s: StoredPack | undefined, refused?: string): OpenedPack => {
    // A kept pack may have come from a file: read with a file's bounds.
    const result = s && decodePack(s.encoded, scenarioIds, 'file');
    if (s && result?.ok) return named({ pack: result.pack, openedAt: s.openedAt, refused });
    const storedWhy = result && !result.ok ? STORED_REFUSED + result.reason : undefined;
    if (storedWhy) saveStoredPack(undefined);
    const why = refused ?? storedWhy;
    return named(why === undefined ? { openedAt: 0 } : { openedAt: 0, refused: why });
  };
  if (linked === undefined) return keep(stored);
  const result = decodePack(linked, scenarioIds, from);
  if (!result.ok) return keep(stored, result.reason);
  // The same link opened again keeps its start, so finished scenarios still count.
  const openedAt = stored?.encoded === linked ? stored.openedAt : now;
  saveStoredPack({ encoded: linked, openedAt });
  return named({ pack: result.pack, openedAt });
}

/**
 * The pack's own scenarios checked by the loader (its chunk, fetched only for a pack that
 * carries some): each that passes becomes a card to play; each that does not, a refusal.
 */
export async function checkOwnScenarios(
  opened: OpenedPack,
  scenarioIds: readonly string[],
): Promise<OpenedPack> {
  if (!opened.pack?.own?.length) return opened;
  const { checkPackScenarios } = await import('../../workshop/packScenarios');
  const { playable, refused } = checkPackScenarios(opened.pack, scenarioIds);
  return {
    ...opened,
    own: { playable: playable.map((p) => ownCardOf(p.file, cardOf(p.scenario))), refused },
  };
}

/** What the app is told of an opened pack: its rules given what is finished, and its actions. */
export function activePack(
  opened: Opened,
  history: readonly FinishedCampaign[],
  update: Dispatch<SetStateAction<Opened | undefined>>,
): PackOnly {
  const { pack, refused, displayName } = opened;
  const ownCards = opened.own?.playable ?? [];
  const ownRefused = opened.own?.refused ?? [];
  // A refused own scenario cannot be finished: "the end" counts only the ones that can be. One
  // refused for taking a built-in's id leaves that built-in in the pack.
  const playablePack = pack && {
    ...pack,
    scenarios: pack.scenarios.filter((id) => !ownRefused.some((r) => r.id === id && !r.builtIn)),
  };
  return {
    ...(pack ? { pack, openedAt: opened.openedAt } : {}),
    ...(refused ? { refused } : {}),
    rules: rulesOf(playablePack, opened.openedAt, history),
    offered: (all) => scenariosIn(playablePack, [...all, ...ownCards]),
    ownScenarios: ownCards,
    ownRefused,
    ...(displayName ? { displayName } : {}),
    setDisplayName: (name) => {
      saveDisplayName(name);
      update((o) => o && { ...o, displayName: name.trim() });
    },
    leave: () => {
      saveStoredPack(undefined);
      update((o) => o && { openedAt: 0, opener: o.opener, displayName: o.displayName });
    },
    dismissRefusal: () => update((o) => o && { ...o, refused: undefined }),
  };
}

/**
 * Opening a workshop pack on this device, in the chunk fetched only when there is one to open
 * (a `#/pack/…` address or a pack kept here): it brings the decoder (zod, fflate) and the rules.
 */
import type { Dispatch, SetStateAction } from 'react';
import { decodePack } from '../../workshop/pack';
import type { Pack } from '../../workshop/packTypes';
import { type FinishedCampaign, rulesOf, scenariosIn } from '../../workshop/rules';
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
}

/** The pack's part of what the app is told (room mode for the tab is the gate's). */
export type PackOnly = Omit<ActivePack, 'roomForTab' | 'setRoomForTab'>;

const STORED_REFUSED = 'The workshop kept on this device can no longer be opened. ';

/**
 * Opens the pack in a link (`linked`), else the one kept on this device. A refused link keeps
 * the pack already kept; a kept pack that no longer opens (a scenario gone) is forgotten.
 */
export function openPack(
  linked: string | undefined,
  scenarioIds: readonly string[],
  now: number,
): OpenedPack {
  const stored = loadStoredPack();
  const displayName = loadDisplayName();
  const named = (opened: OpenedPack): OpenedPack =>
    displayName ? { ...opened, displayName } : opened;
  const keep = (s: StoredPack | undefined, refused?: string): OpenedPack => {
    const result = s && decodePack(s.encoded, scenarioIds);
    if (s && result?.ok) return named({ pack: result.pack, openedAt: s.openedAt, refused });
    const storedWhy = result && !result.ok ? STORED_REFUSED + result.reason : undefined;
    if (storedWhy) saveStoredPack(undefined);
    const why = refused ?? storedWhy;
    return named(why === undefined ? { openedAt: 0 } : { openedAt: 0, refused: why });
  };
  if (linked === undefined) return keep(stored);
  const result = decodePack(linked, scenarioIds);
  if (!result.ok) return keep(stored, result.reason);
  // The same link opened again keeps its start, so finished scenarios still count.
  const openedAt = stored?.encoded === linked ? stored.openedAt : now;
  saveStoredPack({ encoded: linked, openedAt });
  return named({ pack: result.pack, openedAt });
}

/** What the app is told of an opened pack: its rules given what is finished, and its actions. */
export function activePack(
  opened: Opened,
  history: readonly FinishedCampaign[],
  update: Dispatch<SetStateAction<Opened | undefined>>,
): PackOnly {
  const { pack, refused, displayName } = opened;
  return {
    ...(pack ? { pack, openedAt: opened.openedAt } : {}),
    ...(refused ? { refused } : {}),
    rules: rulesOf(pack, opened.openedAt, history),
    offered: (all) => scenariosIn(pack, all),
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

/**
 * The workshop pack in play, for the whole app: opened from a `#/pack/…` link or from this
 * device's store, and the session rules it sets (`useSessionRules`), the one place the screens
 * ask what is allowed. Opening (the decoder, zod, fflate, the rules) is fetched only when there
 * is a pack to open, so practising alone loads none of it.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { OPEN_PRACTICE, type SessionRules, withRoomForTab } from '../../workshop/openPractice';
import type { RefusedScenario } from '../../workshop/packScenarios';
import type { Pack } from '../../workshop/packTypes';
import { useHistory } from '../history/HistoryProvider';
import { packagedPack } from '../lms/packaged';
import type { OwnCard } from '../own/ownUnderWay';
import { parseRoute } from '../routes';
import { useServices } from '../services';
import type { OpenedPack } from './openPack';
import { hasStoredPack } from './packKey';
import { loadRoomForTab, saveRoomForTab } from './roomForTab';

export interface ActivePack {
  /** The pack this device is in, if any. */
  pack?: Pack;
  /** When the pack was first opened on this device (its campaigns are those finished since). */
  openedAt?: number;
  /** Why the last pack link (or the stored pack) could not be opened. */
  refused?: string;
  rules: SessionRules;
  /**
   * The scenarios to offer: the pack's, in its order, its own ones that pass the checks among
   * them (all of them without a pack).
   */
  offered: <T extends { id: string }>(all: readonly T[]) => readonly (T | OwnCard)[];
  /** The pack's own scenarios that pass the checks on this device. */
  ownScenarios: readonly OwnCard[];
  /** The pack's own scenarios that do not, each with its first problem (file:line:column). */
  ownRefused: readonly RefusedScenario[];
  /** The participant's display name, once given (asked when the pack says so). */
  displayName?: string;
  setDisplayName: (name: string) => void;
  /** Leaves the pack: the app is for practising alone again. */
  leave: () => void;
  dismissRefusal: () => void;
  /** Room mode asked for in this tab (a pack may turn it on too: `rules.room` says). */
  roomForTab: boolean;
  setRoomForTab: (on: boolean) => void;
}

const NO_PACK: ActivePack = {
  rules: OPEN_PRACTICE,
  offered: (all) => all,
  ownScenarios: [],
  ownRefused: [],
  setDisplayName: () => undefined,
  leave: () => undefined,
  dismissRefusal: () => undefined,
  roomForTab: false,
  setRoomForTab: () => undefined,
};

const ActivePackContext = createContext<ActivePack>(NO_PACK);

/** The pack in play and its rules (no pack, and every rule open, outside a `WorkshopGate`). */
export function useActivePack(): ActivePack {
  return useContext(ActivePackContext);
}

/** What the screens may offer and show now. */
export function useSessionRules(): SessionRules {
  return useContext(ActivePackContext).rules;
}

const NOT_LOADED =
  'The part of the app that opens workshop links did not load. Check your connection and reload the page.';

function packInAddress(): string | undefined {
  const route = parseRoute(window.location.hash);
  return route?.name === 'pack' ? route.encoded : undefined;
}

/** The pack to open at start: a link in the address, else the one a SCORM package carries. */
function packAtStart(): string | undefined {
  return packInAddress() ?? packagedPack();
}

type Opener = typeof import('./openPack');
export type Opened = OpenedPack & { opener?: Opener };

export interface WorkshopGateProps {
  /** The library's scenario ids: a pack naming another is refused. */
  scenarioIds: readonly string[];
  children: ReactNode;
}

/**
 * Opens the pack in the address (then shows the scenarios' address) or the one kept on this
 * device, and holds the app until it is open, so the first screen is already set up.
 */
export function WorkshopGate({ scenarioIds, children }: WorkshopGateProps) {
  const { clock } = useServices();
  const history = useHistory();
  const [opened, setOpened] = useState<Opened | undefined>(() =>
    packAtStart() !== undefined || hasStoredPack() ? undefined : { openedAt: 0 },
  );
  const ids = useRef(scenarioIds);
  ids.current = scenarioIds;
  const open = useCallback(
    (linked: string | undefined): Promise<Opened> =>
      import('./openPack').then(
        async (opener) => {
          const opened = opener.openPack(linked, ids.current, clock.now());
          return { ...(await opener.checkOwnScenarios(opened, ids.current)), opener };
        },
        () => ({ openedAt: 0, refused: NOT_LOADED }),
      ),
    [clock],
  );
  // Asked once per page (React's strict mode runs effects twice): the link first in the address.
  const firstLink = useRef(packAtStart());
  const first = useRef<Promise<Opened>>(undefined);
  const waiting = useRef(opened === undefined);
  useEffect(() => {
    let live = true;
    const show = (next: Opened) => {
      if (live) setOpened(next);
    };
    if (waiting.current) {
      first.current ??= open(firstLink.current);
      void first.current.then(show);
    }
    // The pack link is not an address to come back to: the scenarios are.
    if (packInAddress() !== undefined) window.history.replaceState(null, '', '#/');
    // A pack link pasted into an open tab: the page starts again and opens it (the campaign
    // under way is kept, as on any reload).
    const onChange = () => {
      if (packInAddress() !== undefined) window.location.reload();
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onChange);
    };
  }, [open]);
  const records = history.records;
  const [roomForTab, setRoom] = useState(loadRoomForTab);
  const value = useMemo<ActivePack>(() => {
    const active = opened?.opener ? opened.opener.activePack(opened, records, setOpened) : NO_PACK;
    const setRoomForTab = (on: boolean) => {
      saveRoomForTab(on);
      setRoom(on);
    };
    return {
      ...active,
      rules: withRoomForTab(active.rules, roomForTab),
      roomForTab,
      setRoomForTab,
    };
  }, [opened, records, roomForTab]);
  const room = value.rules.room;
  useEffect(() => {
    // The whole app grows for a projector (room.css scales from the root's font size).
    document.documentElement.classList.toggle('room', room);
  }, [room]);
  if (!opened) return <p className="loading">Opening the workshop…</p>;
  return <ActivePackContext.Provider value={value}>{children}</ActivePackContext.Provider>;
}

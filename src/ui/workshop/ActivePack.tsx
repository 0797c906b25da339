/**
 * The workshop pack in play, for the whole app: opened from a `#/pack/…` link or from this
 * device's store, and the session rules it sets (`useSessionRules`), the one place the screens
 * ask what is allowed. The decoder (zod, fflate) is fetched only when there is a pack to open.
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
import type { Pack } from '../../workshop/packTypes';
import { OPEN_PRACTICE, rulesOf, type SessionRules } from '../../workshop/rules';
import { useHistory } from '../history/HistoryProvider';
import { parseRoute } from '../routes';
import { useServices } from '../services';
import { loadDisplayName, saveDisplayName } from './displayName';
import { loadStoredPack, type StoredPack, saveStoredPack } from './packStore';

export interface ActivePack {
  /** The pack this device is in, if any. */
  pack?: Pack;
  /** Why the last pack link (or the stored pack) could not be opened. */
  refused?: string;
  rules: SessionRules;
  /** The participant's display name, once given (asked when the pack says so). */
  displayName?: string;
  setDisplayName: (name: string) => void;
  /** Leaves the pack: the app is for practising alone again. */
  leave: () => void;
  dismissRefusal: () => void;
}

const NO_PACK: ActivePack = {
  rules: OPEN_PRACTICE,
  setDisplayName: () => undefined,
  leave: () => undefined,
  dismissRefusal: () => undefined,
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
const STORED_REFUSED = 'The workshop kept on this device can no longer be opened. ';

function packInAddress(): string | undefined {
  const route = parseRoute(window.location.hash);
  return route?.name === 'pack' ? route.encoded : undefined;
}

interface Opened {
  pack?: Pack;
  openedAt: number;
  refused?: string;
}

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
    packInAddress() !== undefined || loadStoredPack() ? undefined : { openedAt: 0 },
  );
  const [displayName, setName] = useState(loadDisplayName);
  const ids = useRef(scenarioIds);
  ids.current = scenarioIds;
  const open = useCallback(
    async (linked: string | undefined): Promise<Opened> => {
      const stored = loadStoredPack();
      let decoder: typeof import('../../workshop/pack');
      try {
        decoder = await import('../../workshop/pack');
      } catch {
        return { openedAt: 0, refused: NOT_LOADED };
      }
      const keep = (s: StoredPack | undefined, refused?: string): Opened => {
        const result = s && decoder.decodePack(s.encoded, ids.current);
        if (s && result?.ok) return { pack: result.pack, openedAt: s.openedAt, refused };
        const storedWhy = result && !result.ok ? STORED_REFUSED + result.reason : undefined;
        if (storedWhy) saveStoredPack(undefined);
        const why = refused ?? storedWhy;
        return why === undefined ? { openedAt: 0 } : { openedAt: 0, refused: why };
      };
      if (linked === undefined) return keep(stored);
      const result = decoder.decodePack(linked, ids.current);
      if (!result.ok) return keep(stored, result.reason);
      // The same link opened again keeps its start, so finished scenarios still count.
      const openedAt = stored?.encoded === linked ? stored.openedAt : clock.now();
      saveStoredPack({ encoded: linked, openedAt });
      return { pack: result.pack, openedAt };
    },
    [clock],
  );
  // Asked once per page (React's strict mode runs effects twice): the link first in the address.
  const firstLink = useRef(packInAddress());
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
    // A pack link pasted into the address bar of an open tab: the app goes to the scenarios
    // (told by a popstate of its own) and the pack opens there.
    const onChange = () => {
      const linked = packInAddress();
      if (linked === undefined) return;
      window.history.replaceState(null, '', '#/');
      window.dispatchEvent(new PopStateEvent('popstate'));
      void open(linked).then(show);
    };
    window.addEventListener('popstate', onChange);
    window.addEventListener('hashchange', onChange);
    return () => {
      live = false;
      window.removeEventListener('popstate', onChange);
      window.removeEventListener('hashchange', onChange);
    };
  }, [open]);
  const pack = opened?.pack;
  const openedAt = opened?.openedAt ?? 0;
  const records = history.records;
  const value = useMemo<ActivePack>(
    () => ({
      ...(pack ? { pack } : {}),
      ...(opened?.refused ? { refused: opened.refused } : {}),
      rules: rulesOf(pack, openedAt, records),
      ...(displayName ? { displayName } : {}),
      setDisplayName: (name) => {
        saveDisplayName(name);
        setName(name.trim() || undefined);
      },
      leave: () => {
        saveStoredPack(undefined);
        setOpened({ openedAt: 0 });
      },
      dismissRefusal: () => setOpened((o) => (o ? { ...o, refused: undefined } : o)),
    }),
    [pack, openedAt, records, opened?.refused, displayName],
  );
  if (!opened) return <p className="loading">Opening the workshop…</p>;
  return <ActivePackContext.Provider value={value}>{children}</ActivePackContext.Provider>;
}

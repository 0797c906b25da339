import { PACK_FILE_PATH, PACK_PATH, packFileHash } from '../workshop/packLink';
/**
 * The app's addresses, in the URL's fragment so any static host (and an LMS package) serves
 * them: `#/` the scenarios, `#/progress`, `#/practise/<scenario id>`, `#/map/<scenario id>`,
 * `#/dashboard` (a facilitator's class results), `#/workshop` (the pack builder),
 * `#/workshop/guide`, `#/pack/<pack>`, `#/pack-file[/<workshop title>]` (open a pack file).
 * Back and Forward move
 * between screens; a screen can be linked and bookmarked.
 */
export type Route =
  | { name: 'pick' }
  | { name: 'progress' }
  | { name: 'campaign'; scenarioId: string }
  | { name: 'map'; scenarioId: string }
  /** A coach's own scenario, pasted or opened, checked and played. */
  | { name: 'own' }
  /** The facilitator's class dashboard: handed-in results files, graded and summed up. */
  | { name: 'dashboard' }
  /** A finished campaign's debrief, reopened from the progress screen. */
  | { name: 'pastDebrief'; recordId: string }
  /** The facilitator's pack builder, and the guide to running a workshop. */
  | { name: 'workshop' }
  | { name: 'workshopGuide' }
  /** A workshop pack link: the pack itself, encoded (see src/workshop/pack.ts). */
  | { name: 'pack'; encoded: string }
  /** Open a workshop pack file (a pack too big for a link); the link names its workshop. */
  | { name: 'packFile'; title?: string };

export const APP_NAME = 'Follow-Up Call Trainer';

/** The fragment of a route. */
export function routeHash(route: Route): string {
  if (route.name === 'progress') return '#/progress';
  if (route.name === 'own') return '#/own';
  if (route.name === 'dashboard') return '#/dashboard';
  if (route.name === 'workshop') return '#/workshop';
  if (route.name === 'workshopGuide') return '#/workshop/guide';
  if (route.name === 'pack') return `${PACK_PATH}${route.encoded}`;
  if (route.name === 'packFile') return packFileHash(route.title);
  if (route.name === 'campaign') return `#/practise/${encodeURIComponent(route.scenarioId)}`;
  if (route.name === 'map') return `#/map/${encodeURIComponent(route.scenarioId)}`;
  if (route.name === 'pastDebrief') return `#/progress/${encodeURIComponent(route.recordId)}`;
  return '#/';
}

/** The route of a fragment; undefined for one that names none (the app then decides). */
export function parseRoute(hash: string): Route | undefined {
  const path = hash.replace(/^#/, '');
  // The bare address names no screen: the app opens where the learner left off.
  if (path === '') return undefined;
  if (path === '/') return { name: 'pick' };
  if (path === '/progress') return { name: 'progress' };
  if (path === '/own') return { name: 'own' };
  if (path === '/dashboard') return { name: 'dashboard' };
  if (path === '/workshop') return { name: 'workshop' };
  if (path === '/workshop/guide') return { name: 'workshopGuide' };
  // Checked when it is opened: an empty or broken pack is refused with its reason.
  if (path.startsWith('/pack/')) return { name: 'pack', encoded: path.slice('/pack/'.length) };
  if (path === PACK_FILE_PATH.slice(1)) return { name: 'packFile' };
  if (path.startsWith(`${PACK_FILE_PATH.slice(1)}/`)) {
    try {
      const title = decodeURIComponent(path.slice(PACK_FILE_PATH.length)).trim().slice(0, 80);
      return title ? { name: 'packFile', title } : { name: 'packFile' };
    } catch {
      return { name: 'packFile' };
    }
  }
  const past = /^\/progress\/([^/]+)$/.exec(path);
  if (past?.[1]) {
    try {
      return { name: 'pastDebrief', recordId: decodeURIComponent(past[1]) };
    } catch {
      return undefined;
    }
  }
  const m = /^\/(practise|map)\/([^/]+)$/.exec(path);
  if (m?.[2]) {
    try {
      const scenarioId = decodeURIComponent(m[2]);
      return m[1] === 'map' ? { name: 'map', scenarioId } : { name: 'campaign', scenarioId };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The page title for a screen ("Practise: The friendly front desk · Follow-Up Call Trainer"). */
export function titleOf(route: Route, scenarioTitle?: string): string {
  const what =
    route.name === 'progress'
      ? 'Your progress'
      : route.name === 'campaign'
        ? `Practise: ${scenarioTitle ?? route.scenarioId}`
        : route.name === 'map'
          ? `Map: ${scenarioTitle ?? route.scenarioId}`
          : route.name === 'own'
            ? 'Open your own scenario'
            : route.name === 'dashboard'
              ? 'Class dashboard'
              : route.name === 'workshop'
                ? 'Make a workshop pack'
                : route.name === 'workshopGuide'
                  ? 'Running a workshop'
                  : route.name === 'packFile'
                    ? 'Open a workshop pack file'
                    : route.name === 'pastDebrief'
                      ? `Debrief: ${scenarioTitle ?? 'a past campaign'}`
                      : 'Choose a call to practise';
  return `${what} · ${APP_NAME}`;
}

import {
  lazy,
  type ReactNode,
  Suspense,
  use,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { isWhole, type ScenarioCard } from '../scenario/card';
import { isClosed } from '../scenario/eventLog';
import type { Library } from '../scenario/library';
import type { Scenario } from '../scenario/schema';
import { after, type Maybe } from '../storage/campaignLocks';
import { asTabSessions, type LostCampaign, type TabSessions } from '../storage/tabSessions';
import type { SavedSession } from '../storage/types';
import { AppFooter } from './components/AppFooter';
import { AppHeader, type Place } from './components/AppHeader';
import { LibraryProblems } from './components/LibraryProblems';
import { LoadProblemBoundary } from './components/LoadProblemBoundary';
import { ResumeBanner } from './components/ResumeBanner';
import { VoiceSettingsRegion } from './components/VoiceSettingsRegion';
import { useHistory } from './history/HistoryProvider';
import { builtInLibrary } from './library/builtInLibrary';
import { isOwnCard, keptCards, type OwnCard, ownCardFor, rememberPlayed } from './own/ownUnderWay';
import { preloaded, useLoaded } from './preloaded';
import { parseRoute, type Route, routeHash, titleOf } from './routes';
import { ScreenBoundary } from './ScreenBoundary';
import { PickScreen } from './screens/PickScreen';
import { useServices } from './services';
import { StorageNotice } from './storageHealth';
import { useOtherCampaigns } from './tabs/useOtherCampaigns';
import { useActivePack } from './workshop/ActivePack';

// Charts, import validation and export are not needed to start practising: load them on demand.
// Fetched when the browser is idle after the first screen, and shown without Suspense (which
// would hold it back 300 ms after a fallback): the first visit paints as soon as it is here.
const progressPart = preloaded(() => import('./progress/ProgressScreen'));

function ProgressPart(
  props: Parameters<Awaited<ReturnType<typeof progressPart.start>>['default']>[0],
) {
  const part = useLoaded(progressPart);
  if (!part) return <p role="status">Loading your progress…</p>;
  return <part.default {...props} />;
}
const PastDebrief = lazy(() => import('./progress/PastDebrief'));
const OwnScenarioScreen = lazy(() => import('./own/OwnScenarioScreen'));
// A facilitator's screen: papaparse and the grader come with it, never with the cards.
const DashboardScreen = lazy(() => import('./dashboard/DashboardScreen'));
// The map's layout library is needed only for a map.
const MapScreen = lazy(() => import('./map/MapScreen'));
// Only needed once a second tab is about.
const otherTabs = () => import('./tabs/OtherTabs');
// The facilitator's builder and guide, and what a participant sees of a pack: on demand.
const ForFacilitators = lazy(() => import('./workshop/ForFacilitators'));
const PackFilePage = lazy(() => import('./workshop/PackFilePage'));
const inPack = () => import('./workshop/InPack');
const PackNotices = lazy(() => inPack().then((m) => ({ default: m.PackNotices })));
const MovedToAnotherTab = lazy(() => otherTabs().then((m) => ({ default: m.MovedToAnotherTab })));
const OtherTabCampaign = lazy(() => otherTabs().then((m) => ({ default: m.OtherTabCampaign })));

export interface AppProps {
  /** The scenarios screen's library: the cards (or, in tests, whole scenarios). */
  library: Library<ScenarioCard>;
}

type Screen =
  | { name: 'pick' }
  | { name: 'progress' }
  | { name: 'campaign'; scenario: ScenarioCard; resume?: SavedSession }
  | { name: 'moved'; scenario: ScenarioCard; lost: LostCampaign }
  | { name: 'map'; scenario: ScenarioCard }
  | { name: 'pastDebrief'; recordId: string }
  | { name: 'own' }
  | { name: 'dashboard' }
  | { name: 'workshop' }
  | { name: 'workshopGuide' }
  | { name: 'packFile'; title?: string };

/** The library's cards, and the own scenarios the workshop pack in play carries (checked). */
type Cards = Library<ScenarioCard> & { packOwn?: readonly OwnCard[] };

/**
 * A scenario's card: built in, one the workshop pack carries, or a coach's own one played in
 * this tab or kept here.
 */
function cardFor(library: Cards, id: string): ScenarioCard | undefined {
  return (
    library.scenarios.find((s) => s.id === id) ??
    library.packOwn?.find((s) => s.id === id) ??
    ownCardFor(id)
  );
}

function scenarioOf(library: Cards, session: SavedSession): ScenarioCard | undefined {
  return cardFor(library, session.scenarioId);
}

function resumed(library: Cards, saved: SavedSession | undefined): Screen {
  const scenario = saved && scenarioOf(library, saved);
  return scenario && saved ? { name: 'campaign', scenario, resume: saved } : { name: 'pick' };
}

// The campaign (XState, the call screens, the whole scenarios) is fetched once the learner
// reaches for the page.
const campaignPart = preloaded(() =>
  Promise.all([import('./campaign/CampaignScreen'), builtInLibrary()]).then(
    ([{ CampaignScreen }, whole]) => ({ CampaignScreen, whole }),
  ),
);

/** Fetches the campaign's code now (tests, and anything that knows a call is coming). */
export function loadCampaignCode(): Promise<unknown> {
  return campaignPart.start();
}
// Asked once per page: a component that suspends is rendered again from scratch.
const openings = new WeakMap<TabSessions, Maybe<SavedSession | undefined>>();

function opening(tabs: TabSessions): Maybe<SavedSession | undefined> {
  if (!openings.has(tabs)) openings.set(tabs, tabs.open());
  return openings.get(tabs);
}

/**
 * True once the campaign is over: its log closes it and its result is in the history. A log
 * that only looks closed (an edited one) without a result is offered to continue, and its
 * debrief, reopened, saves the result.
 */
function isFinished(
  library: Cards,
  session: SavedSession,
  records: readonly { id: string }[],
): boolean {
  return (
    scenarioOf(library, session) !== undefined &&
    isClosed(session.events) &&
    records.some((r) => r.id === session.id)
  );
}

type CampaignScreenProps = Parameters<
  Awaited<ReturnType<typeof campaignPart.start>>['CampaignScreen']
>[0];

/** The campaign screen once its code is here (usually fetched while the cards were read). */
function CampaignPart({
  scenario: card,
  ...props
}: Omit<CampaignScreenProps, 'scenario'> & { scenario: ScenarioCard }) {
  const part = useLoaded(campaignPart);
  const own = useOwnScenario(card);
  if (!part) return <p role="status">Opening the call…</p>;
  const scenario = wholeOf(card, part.whole, own);
  if (!scenario && !own.ok && own.problem !== undefined) {
    return <OwnFileProblem card={card} problem={own.problem} so="it cannot be played" />;
  }
  if (!scenario) {
    return isOwnCard(card) ? (
      <p role="status">Checking “{card.title}”…</p>
    ) : (
      <p role="alert">“{card.title}” is not in this version of the app.</p>
    );
  }
  return <part.CampaignScreen {...props} scenario={scenario} />;
}

// The whole scenarios, for a map, a past debrief or a copy (fetched with the campaign's code).
const wholePart = preloaded(builtInLibrary);

/**
 * A scenario's map: a built-in one from the whole scenarios, a coach's own one (kept here, or
 * carried by a pack) once the loader has checked its file again, as before playing it.
 */
function MapPart({
  card,
  onPractise,
  onBack,
}: {
  card: ScenarioCard;
  onPractise: (scenario: ScenarioCard) => void;
  onBack: () => void;
}) {
  const whole = useLoaded(wholePart);
  const own = useOwnScenario(card);
  const scenario = wholeOf(card, whole, own);
  if (scenario) return <MapScreen scenario={scenario} onPractise={onPractise} onBack={onBack} />;
  if (!own.ok && own.problem !== undefined) {
    return <OwnFileProblem card={card} problem={own.problem} so="it has no map" />;
  }
  if (isOwnCard(card)) return <p role="status">Checking “{card.title}”…</p>;
  if (!whole) return <p role="status">Drawing the map…</p>;
  return <p role="alert">“{card.title}” has no map in this version.</p>;
}

type OwnCheckState = { ok: true; scenario: Scenario } | { ok: false; problem?: string };

/**
 * A card's whole scenario: a coach's own one (or a test's) is whole already, a built-in one
 * comes with the whole scenarios, and an own one found again after a reload once it is checked.
 */
function wholeOf(
  card: ScenarioCard,
  whole: Library | undefined,
  own: OwnCheckState,
): Scenario | undefined {
  if (isWhole(card)) return card;
  return whole?.scenarios.find((s) => s.id === card.id) ?? (own.ok ? own.scenario : undefined);
}

/** An own scenario whose file no longer passes the checks, and where to mend it. */
function OwnFileProblem({
  card,
  problem,
  so,
}: {
  card: ScenarioCard;
  problem: string;
  so: string;
}) {
  return (
    <div role="alert">
      <p>
        “{card.title}” no longer passes the checks, so {so}: {problem}
      </p>
      <p>
        <a href="#/own">Open it on “Open your own scenario”</a> to see and mend it.
      </p>
    </div>
  );
}

/** An own scenario found again after a reload, checked again by the loader (its chunk). */
function useOwnScenario(card: ScenarioCard): OwnCheckState {
  const file = isOwnCard(card) ? card.ownFile : undefined;
  const [state, setState] = useState<OwnCheckState>({ ok: false });
  useEffect(() => {
    if (!file) return;
    let live = true;
    Promise.all([import('../scenario/checkOwn'), builtInLibrary()]).then(
      ([{ checkOwnScenario }, whole]) => {
        const checked = checkOwnScenario(
          file.text,
          file.name,
          whole.scenarios.map((s) => s.id),
        );
        if (!live) return;
        setState(
          checked.ok
            ? { ok: true, scenario: checked.scenario }
            : { ok: false, problem: checked.problems[0] ?? 'it has problems' },
        );
      },
      () => live && setState({ ok: false, problem: 'the checks could not be loaded' }),
    );
    return () => {
      live = false;
    };
  }, [file]);
  return state;
}

/** What needs the whole scenarios: shown once they are here (at once when they are). */
function WithWhole({
  library,
  waiting,
  children,
}: {
  library: Cards;
  /** Said while they are fetched. */
  waiting: string;
  children: (whole: Library) => ReactNode;
}) {
  const fetched = useLoaded(wholePart);
  // A library of whole scenarios (tests) needs nothing fetched.
  const scenarios = library.scenarios.filter(isWhole);
  const whole =
    scenarios.length === library.scenarios.length
      ? { scenarios, problems: library.problems }
      : fetched;
  if (!whole) return <p role="status">{waiting}</p>;
  return children(whole);
}

function routeOf(screen: Screen): Route {
  if (screen.name === 'map') return { name: 'map', scenarioId: screen.scenario.id };
  if (screen.name === 'pastDebrief' || screen.name === 'packFile') return screen;
  if (screen.name === 'campaign' || screen.name === 'moved') {
    return { name: 'campaign', scenarioId: screen.scenario.id };
  }
  return { name: screen.name };
}

/**
 * The screen an address asks for: the scenarios, the progress, or a scenario's campaign (the
 * one saved in this tab when it is that scenario's, else a new one).
 */
function screenAt(
  route: Route | undefined,
  library: Cards,
  saved: SavedSession | undefined,
): Screen | undefined {
  // A pack link is opened by the WorkshopGate, which then shows the scenarios.
  if (!route || route.name === 'pack') return undefined;
  if (route.name === 'map') {
    // Built-in, a pack's own or a kept own scenario: each has a map.
    const scenario = cardFor(library, route.scenarioId);
    return scenario ? { name: 'map', scenario } : { name: 'pick' };
  }
  if (route.name !== 'campaign') return route;
  const scenario = cardFor(library, route.scenarioId);
  if (!scenario) return { name: 'pick' };
  return saved?.scenarioId === scenario.id
    ? { name: 'campaign', scenario, resume: saved }
    : { name: 'campaign', scenario };
}

/** The app shell: where the learner is, and the way between screens. */
export function App({ library: cards }: AppProps) {
  const services = useServices();
  const history = useHistory();
  const workshop = useActivePack();
  const packOwn = workshop.ownScenarios;
  const library: Cards = useMemo(
    () => (packOwn.length > 0 ? { ...cards, packOwn } : cards),
    [cards, packOwn],
  );
  const tabs = useMemo(() => asTabSessions(services.session), [services.session]);
  // A lone tab knows at once what to reopen; with other tabs about, it asks them first
  // (the page shows "Loading…" meanwhile).
  const opened = opening(tabs);
  const othersAbout = opened instanceof Promise;
  const reopened = othersAbout ? use(opened) : opened;
  const [state, setScreen] = useState<Screen>(() => {
    // An address names a screen; a new campaign it asks for never replaces one under way.
    const asked = screenAt(parseRoute(window.location.hash), library, reopened);
    const underWay = reopened ? resumed(library, reopened) : undefined;
    if (asked?.name === 'campaign' && !asked.resume) {
      // Another campaign under way here, or other tabs about (they may hold this one): the
      // scenarios screen offers each, instead of a new campaign begun unasked.
      if (underWay?.name === 'campaign') return underWay;
      if (othersAbout) return { name: 'pick' };
    }
    return asked ?? resumed(library, reopened);
  });
  const [replacing, setReplacing] = useState<ScenarioCard | undefined>();
  const lost = useSyncExternalStore(tabs.subscribe, tabs.lost);
  // A campaign another tab took stops here at once, and its screen is left for good: taken
  // back, it is rebuilt from where the other tab got to (never begun again from nothing).
  const screen: Screen =
    state.name === 'campaign' && lost ? { name: 'moved', scenario: state.scenario, lost } : state;
  useEffect(() => {
    // Progress is one click away from every screen: fetch it once the browser is idle.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const id = idle(() => void progressPart.start().catch(() => undefined));
    return () => cancel(id);
  }, []);
  useEffect(() => {
    // The campaign's code is fetched as soon as the learner reaches for the page (a pointer
    // over it, a key, a touch), not with the first screen: the cards come first.
    const start = () => {
      stop();
      void campaignPart.start().catch(() => undefined);
      void wholePart.start().catch(() => undefined);
    };
    const kinds = ['pointerover', 'keydown', 'focusin', 'touchstart'] as const;
    const stop = () => {
      for (const kind of kinds) document.removeEventListener(kind, start);
    };
    for (const kind of kinds) document.addEventListener(kind, start, { passive: true });
    return stop;
  }, []);
  useEffect(() => {
    if (screen !== state) setScreen(screen);
  }, [screen, state]);
  const { others, refresh } = useOtherCampaigns(tabs, screen.name === 'pick');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const closeSettings = () => {
    setSettingsOpen(false);
    settingsButton.current?.focus();
  };
  const go = (next: Screen, how: 'push' | 'replace' | 'none' = 'push') => {
    // A finished campaign is in the history: forget it. An unfinished one waits to be resumed;
    // so does a finished one whose result is not stored yet (its debrief saves it when reopened).
    const saved = tabs.load();
    if (next.name !== 'campaign' && saved && isFinished(library, saved, history.records)) {
      tabs.clear();
    }
    setReplacing(undefined);
    setScreen(next);
    const hash = routeHash(routeOf(next));
    if (how !== 'none' && window.location.hash !== hash) {
      if (how === 'push') window.history.pushState(null, '', hash);
      else window.history.replaceState(null, '', hash);
    }
  };
  // Back and Forward: the address says where to be (`go` as of the latest render).
  const goNow = useRef(go);
  goNow.current = go;
  useEffect(() => {
    const onPop = () => {
      const next = screenAt(parseRoute(window.location.hash), library, tabs.load());
      if (next) goNow.current(next, 'none');
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [library, tabs]);
  // The address and the title follow the screen (also when it changed without `go`).
  useEffect(() => {
    const route = routeOf(screen);
    document.title = titleOf(route, 'scenario' in screen ? screen.scenario.title : undefined);
    const hash = routeHash(route);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [screen]);
  /** Starting a campaign asks first when it would replace another one under way. */
  const pick = (scenario: ScenarioCard) => {
    // Starting another here leaves a campaign another tab took where it is, in that tab.
    if (tabs.lost()) tabs.clear();
    // An own scenario (kept, or the workshop's) is remembered for this tab: a reload finds it.
    if (isOwnCard(scenario)) {
      rememberPlayed({ id: scenario.id, title: scenario.title, ...scenario.ownFile });
    }
    const under = tabs.load();
    if (
      under &&
      !isClosed(under.events) &&
      under.events.length > 0 &&
      under.scenarioId !== scenario.id
    ) {
      setReplacing(scenario);
      return;
    }
    go(
      under?.scenarioId === scenario.id ? resumed(library, under) : { name: 'campaign', scenario },
    );
  };
  const take = (id: string, steal: boolean) => {
    void after(tabs.take(id, steal), (session) => {
      // Taken meanwhile by another tab (or finished there): the list shows where it is now.
      if (!session) refresh();
      else go(resumed(library, session));
    });
  };
  // A coach's own scenarios kept here, read when the scenarios screen is shown.
  const own = useMemo(() => (screen.name === 'pick' ? keptCards() : []), [screen.name]);
  const saved = screen.name === 'pick' ? tabs.load() : undefined;
  const waiting =
    saved && !isFinished(library, saved, history.records) ? resumed(library, saved) : undefined;
  const elsewhere = others.flatMap(({ session, elsewhere }) => {
    const scenario = scenarioOf(library, session);
    return scenario && !isFinished(library, session, history.records)
      ? [{ id: session.id, scenario, elsewhere, savedAt: session.savedAt }]
      : [];
  });
  const place: Place =
    screen.name === 'progress'
      ? 'progress'
      : screen.name === 'pastDebrief'
        ? 'progress'
        : screen.name === 'pick' || screen.name === 'map'
          ? 'pick'
          : 'campaign';
  return (
    <>
      <AppHeader
        place={place}
        onNavigate={(to) => go({ name: to })}
        settingsOpen={settingsOpen}
        onToggleSettings={() => setSettingsOpen((open) => !open)}
        settingsButtonRef={settingsButton}
      />
      {settingsOpen && <VoiceSettingsRegion onClose={closeSettings} />}
      <main id="main" tabIndex={-1}>
        <StorageNotice
          onShowProgress={() => go({ name: 'progress' })}
          onProgress={screen.name === 'progress'}
        />
        <LibraryProblems problems={library.problems} />
        <ScreenBoundary
          key={'scenario' in screen ? `${screen.name}:${screen.scenario.id}` : screen.name}
          onBack={() => go({ name: 'pick' })}
        >
          {screen.name === 'moved' && (
            <LoadProblemBoundary what="Where this practice went">
              <Suspense fallback={null}>
                <MovedToAnotherTab
                  scenario={screen.scenario}
                  reason={screen.lost.reason}
                  onTakeBack={() => take(screen.lost.id, true)}
                  onChooseAnother={() => {
                    tabs.clear();
                    go({ name: 'pick' });
                  }}
                  onShowProgress={() => {
                    tabs.clear();
                    go({ name: 'progress' });
                  }}
                />
              </Suspense>
            </LoadProblemBoundary>
          )}
          {screen.name === 'campaign' && (
            <CampaignPart
              // A campaign taken (back) from another tab is rebuilt from where that tab got to.
              key={`${screen.scenario.id}/${screen.resume?.id ?? ''}/${screen.resume?.revision ?? 0}`}
              scenario={screen.scenario}
              {...(screen.resume ? { resume: screen.resume } : {})}
              onShowProgress={() => go({ name: 'progress' })}
              onExit={() => go({ name: 'pick' })}
            />
          )}
          {screen.name === 'pick' && replacing && waiting?.name === 'campaign' && (
            <ReplaceConfirm
              under={waiting.scenario}
              next={replacing}
              onContinue={() => go(waiting)}
              onReplace={() => {
                tabs.clear();
                go({ name: 'campaign', scenario: replacing });
              }}
              onCancel={() => setReplacing(undefined)}
            />
          )}
          {screen.name === 'pick' && !replacing && waiting?.name === 'campaign' && (
            <ResumeBanner scenario={waiting.scenario} onResume={() => go(waiting)} />
          )}
          {screen.name === 'pick' && elsewhere.length > 0 && (
            <LoadProblemBoundary what="Your practice in other tabs">
              <Suspense fallback={null}>
                {elsewhere.map((c) => (
                  <OtherTabCampaign key={c.id} campaign={c} onTake={take} />
                ))}
              </Suspense>
            </LoadProblemBoundary>
          )}
          {screen.name === 'pick' && (workshop.pack || workshop.refused) && (
            <LoadProblemBoundary what="The workshop">
              <Suspense fallback={<p role="status">Opening the workshop…</p>}>
                <PackNotices />
              </Suspense>
            </LoadProblemBoundary>
          )}
          {screen.name === 'pick' && !(workshop.rules.askName && !workshop.displayName) && (
            <PickScreen
              scenarios={workshop.offered(library.scenarios)}
              history={history.records}
              onPick={pick}
              {...(workshop.pack ? { workshopTitle: workshop.pack.title } : { own })}
            />
          )}
          {(screen.name === 'workshop' || screen.name === 'workshopGuide') && (
            <LoadProblemBoundary what="The workshop pages">
              <Suspense fallback={<p role="status">Loading…</p>}>
                <ForFacilitators page={screen.name} scenarios={library.scenarios} />
              </Suspense>
            </LoadProblemBoundary>
          )}
          {screen.name === 'packFile' && (
            <LoadProblemBoundary what="Opening a workshop pack file">
              <Suspense fallback={<p role="status">Loading…</p>}>
                <PackFilePage
                  title={screen.title}
                  scenarioIds={library.scenarios.map((s) => s.id)}
                />
              </Suspense>
            </LoadProblemBoundary>
          )}
          {screen.name === 'map' && (
            <LoadProblemBoundary what="The scenario's map">
              <Suspense fallback={<p role="status">Drawing the map…</p>}>
                <MapPart
                  card={screen.scenario}
                  onPractise={pick}
                  onBack={() => go({ name: 'pick' })}
                />
              </Suspense>
            </LoadProblemBoundary>
          )}
          {screen.name === 'own' && (
            <LoadProblemBoundary what="Opening your own scenario">
              <Suspense fallback={<p>Loading…</p>}>
                <WithWhole library={library} waiting="Loading…">
                  {(whole) => (
                    <OwnScenarioScreen
                      builtIn={whole.scenarios}
                      onPlay={(scenario, file) => {
                        // Remembered for this tab: a reload mid-campaign finds it again.
                        rememberPlayed({ id: scenario.id, title: scenario.title, ...file });
                        go({ name: 'campaign', scenario });
                      }}
                    />
                  )}
                </WithWhole>
              </Suspense>
            </LoadProblemBoundary>
          )}
          {screen.name === 'pastDebrief' && (
            <LoadProblemBoundary what="This debrief">
              <Suspense fallback={<p>Loading the debrief…</p>}>
                <WithWhole library={library} waiting="Loading the debrief…">
                  {(whole) => (
                    <PastDebrief
                      recordId={screen.recordId}
                      scenarios={whole.scenarios}
                      onPractise={(scenario, events) =>
                        go({
                          name: 'campaign',
                          scenario,
                          ...(events.length > 0
                            ? { resume: { id: services.newId(), scenarioId: scenario.id, events } }
                            : {}),
                        })
                      }
                      onShowProgress={() => go({ name: 'progress' })}
                      onExit={() => go({ name: 'pick' })}
                    />
                  )}
                </WithWhole>
              </Suspense>
            </LoadProblemBoundary>
          )}
          {screen.name === 'dashboard' && (
            <LoadProblemBoundary what="The class dashboard">
              <Suspense fallback={<p>Loading the class dashboard…</p>}>
                <WithWhole library={library} waiting="Loading the class dashboard…">
                  {(whole) => <DashboardScreen scenarios={whole.scenarios} />}
                </WithWhole>
              </Suspense>
            </LoadProblemBoundary>
          )}
          {screen.name === 'progress' && (
            <LoadProblemBoundary what="Your progress">
              <Suspense fallback={<p>Loading your progress…</p>}>
                <ProgressPart
                  onOpen={(recordId) => go({ name: 'pastDebrief', recordId })}
                  onOpenDashboard={() => go({ name: 'dashboard' })}
                />
              </Suspense>
            </LoadProblemBoundary>
          )}
        </ScreenBoundary>
      </main>
      <AppFooter onOpenDashboard={() => go({ name: 'dashboard' })} />
    </>
  );
}

interface ReplaceConfirmProps {
  under: ScenarioCard;
  next: ScenarioCard;
  onContinue: () => void;
  onReplace: () => void;
  onCancel: () => void;
}

/** Asked before a new campaign replaces one under way: nothing is thrown away unasked. */
function ReplaceConfirm({ under, next, onContinue, onReplace, onCancel }: ReplaceConfirmProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section
      className="notice-warning"
      role="alertdialog"
      aria-labelledby="replace-title"
      aria-describedby="replace-text"
    >
      <h2 id="replace-title">Replace the call under way?</h2>
      <p id="replace-text">
        You have a campaign under way in “{under.title}”. Starting “{next.title}” throws it away.
      </p>
      <div className="actions">
        <button type="button" ref={first} onClick={onContinue}>
          Continue “{under.title}”
        </button>
        <button type="button" className="danger" onClick={onReplace}>
          Start “{next.title}” anyway
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

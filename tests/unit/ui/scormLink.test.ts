import { Scorm12API } from 'scorm-again';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { decodeSuspendData, type Scorm12Api } from '../../../src/lms/scorm';
import { toCallLog } from '../../../src/scenario/callLog';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import type { CampaignEvent } from '../../../src/scenario/campaignTypes';
import { replayEvents } from '../../../src/scenario/replay';
import { scenarioSchema } from '../../../src/scenario/schema';
import { gradeCall } from '../../../src/scoring/index';
import { memorySessionStore } from '../../../src/storage/sessionStore';
import type { SavedSession } from '../../../src/storage/types';
import { launchedByLms } from '../../../src/ui/lms/launchedByLms';
import { linkScorm } from '../../../src/ui/lms/scormLink';
import { fakeClock } from '../../helpers/fakeClock';
import { fakeScenarioData } from '../../helpers/fakes';

const scenario = scenarioSchema.parse(fakeScenarioData());
const machine = createCampaignMachine(scenario);

/** A chosen line, a typed one, then waiting: the finished campaign, its log and its card. */
const FINISHED: CampaignEvent[] = [
  { type: 'plan.dial', day: 3, time: '10:30' },
  { type: 'caller.said', text: 'I need an answer today.', intents: ['pressure'] },
  { type: 'plan.dial', day: 5, time: '10:30' },
  { type: 'caller.chose', index: 0 },
  { type: 'campaign.wait' },
];

function graded(events: CampaignEvent[]) {
  const actor = createActor(machine, {
    snapshot: replayEvents(machine, events).persisted,
  }).start();
  const log = toCallLog(actor.getSnapshot().context, scenario);
  return { log, card: gradeCall(log) };
}

const campaign = (events: CampaignEvent[], id = 'campaign-1'): SavedSession => ({
  id,
  scenarioId: scenario.id,
  events,
});

/**
 * An LMS in a test: scorm-again's SCORM 1.2 runtime, which keeps what was committed (as an LMS
 * stores it) and counts commits and finishes. `relaunch` opens a new runtime on the stored data.
 */
function lms(stored?: Record<string, unknown>) {
  const runtime = new Scorm12API({ logLevel: 5 });
  if (stored) {
    runtime.loadFromJSON(stored);
    runtime.cmi.core.entry = 'resume';
  }
  const calls = { commits: 0, finishes: 0 };
  let committed = stored;
  const keep = () => {
    committed = JSON.parse(JSON.stringify(runtime.cmi));
  };
  runtime.on('LMSCommit', () => {
    calls.commits++;
    keep();
  });
  runtime.on('LMSFinish', () => {
    calls.finishes++;
    keep();
  });
  const api = runtime as unknown as Scorm12Api;
  return {
    api,
    calls,
    get: (element: string) => runtime.LMSGetValue(element),
    /** Everything the runtime holds, write-only elements included (as the LMS stores it). */
    cmi: () =>
      JSON.parse(JSON.stringify(runtime.cmi)) as {
        core: Record<string, unknown>;
        interactions: Record<string, unknown>;
      },
    /** What the LMS holds for each interaction, as it would report them. */
    interactions: () => Object.values(JSON.parse(JSON.stringify(runtime.cmi)).interactions),
    relaunch: () => lms(committed),
  };
}

/** An LMS whose runtime will not start a session. */
function refusingLms(): Scorm12Api {
  const { api } = lms();
  return {
    ...api,
    LMSInitialize() {
      return 'false';
    },
  };
}

/** The SCO's window as far as the link needs it: it hears `pagehide`. */
const scoWindow = () => new EventTarget() as unknown as Window;

describe('the SCORM link', () => {
  it('says incomplete at once, then keeps each save in the suspend data and commits it', () => {
    const host = lms();
    const link = linkScorm(host.api, { win: scoWindow(), clock: fakeClock() });
    expect(host.get('cmi.core.lesson_status')).toBe('incomplete');
    const commitsAtStart = host.calls.commits;
    expect(commitsAtStart).toBe(1);

    const events = FINISHED.slice(0, 2);
    expect(link?.session.save(campaign(events))).toBe('saved');
    const kept = decodeSuspendData(host.get('cmi.suspend_data'));
    expect(kept?.session).toMatchObject({ id: 'campaign-1', events, revision: 1 });
    expect(kept?.reported).toBe(false);
    expect(host.calls.commits).toBe(commitsAtStart + 1);
    expect(host.cmi().core.exit).toBe('suspend');
  });

  it('resumes the campaign the LMS kept, at the same step, on the next launch', async () => {
    const first = lms();
    const link = linkScorm(first.api, { win: scoWindow(), clock: fakeClock() });
    link?.session.save(campaign(FINISHED.slice(0, 2)));
    link?.session.save({ ...campaign(FINISHED.slice(0, 3)) });

    const second = first.relaunch();
    const resumedAt: string[] = [];
    const again = linkScorm(second.api, {
      win: scoWindow(),
      clock: fakeClock(),
      onResume: (id) => resumedAt.push(id),
    });
    expect(resumedAt).toEqual([scenario.id]);
    const opened = await again?.session.open();
    expect(opened?.events).toEqual(FINISHED.slice(0, 3));
    // Saving on from there is newer than what was kept.
    expect(again?.session.save({ ...(opened as SavedSession), events: FINISHED })).toBe('saved');
    expect(decodeSuspendData(second.get('cmi.suspend_data'))?.session.revision).toBe(3);
  });

  it('sends the result and each caller turn once, then says the campaign is over', () => {
    const host = lms();
    const link = linkScorm(host.api, { win: scoWindow(), clock: fakeClock() });
    const session = campaign(FINISHED);
    link?.session.save(session);
    const { log, card } = graded(FINISHED);
    link?.finished(session, log, card);
    link?.finished(session, log, card);

    expect(host.get('cmi.core.lesson_status')).toBe(card.overall >= 60 ? 'passed' : 'failed');
    expect(host.get('cmi.core.score.raw')).toBe(String(card.overall));
    expect(host.get('cmi.core.score.min')).toBe('0');
    expect(host.get('cmi.core.score.max')).toBe('100');
    expect(host.interactions()).toMatchObject([
      { id: 'call1.line1.hello', type: 'fill-in', student_response: 'I need an answer today.' },
      { id: 'call2.line1.hello', type: 'choice', student_response: 'hello.1' },
    ]);
    expect(decodeSuspendData(host.get('cmi.suspend_data'))?.reported).toBe(true);
    expect(host.cmi().core.exit).toBe('');

    // The debrief shown again after a relaunch sends nothing twice.
    const next = host.relaunch();
    const again = linkScorm(next.api, { win: scoWindow(), clock: fakeClock() });
    again?.finished(session, log, card);
    expect(next.interactions()).toHaveLength(2);
    expect(next.get('cmi.interactions._count')).toBe('2');
  });

  it('never takes a result back when the learner practises again', () => {
    const host = lms();
    const link = linkScorm(host.api, { win: scoWindow(), clock: fakeClock() });
    const { log, card } = graded(FINISHED);
    link?.session.save(campaign(FINISHED));
    link?.finished(campaign(FINISHED), log, card);
    const status = host.get('cmi.core.lesson_status');
    link?.session.save(campaign(FINISHED.slice(0, 1), 'campaign-2'));
    expect(host.get('cmi.core.lesson_status')).toBe(status);
    expect(host.get('cmi.core.score.raw')).toBe(String(card.overall));
    expect(decodeSuspendData(host.get('cmi.suspend_data'))?.session.id).toBe('campaign-2');
    // A later, better-or-equal result replaces it; its turns are numbered on.
    link?.finished(campaign(FINISHED, 'campaign-2'), log, card);
    expect(host.interactions()).toHaveLength(4);
  });

  it('forgets the campaign in the LMS once the app lets it go', () => {
    const host = lms();
    const link = linkScorm(host.api, { win: scoWindow(), clock: fakeClock() });
    link?.session.save(campaign(FINISHED));
    link?.session.clear();
    expect(host.get('cmi.suspend_data')).toBe('');
  });

  it('finishes the session when the page goes, with the time spent', () => {
    const host = lms();
    const clock = fakeClock();
    const win = scoWindow();
    const link = linkScorm(host.api, { win, clock });
    clock.advance(83_000);
    win.dispatchEvent(new Event('pagehide'));
    win.dispatchEvent(new Event('pagehide'));
    expect(host.calls.finishes).toBe(1);
    expect(host.cmi().core.session_time).toBe('00:01:23');
    // After LMSFinish the API is not called again.
    const commits = host.calls.commits;
    link?.session.save(campaign(FINISHED.slice(0, 1)));
    expect(host.calls.commits).toBe(commits);
  });

  it('leaves the app to itself when the LMS refuses to start, or throws', () => {
    expect(linkScorm(refusingLms(), { win: scoWindow(), clock: fakeClock() })).toBeUndefined();
    const down = () => {
      throw new Error('LMS down');
    };
    const broken: Scorm12Api = {
      LMSInitialize() {
        return 'true';
      },
      LMSGetValue: down,
      LMSSetValue: down,
      LMSCommit: down,
      LMSFinish: down,
      LMSGetLastError() {
        return '101';
      },
    };
    const link = linkScorm(broken, { win: scoWindow(), clock: fakeClock() });
    expect(link?.session.save(campaign(FINISHED.slice(0, 1)))).toBe('saved');
  });
});

/** A SCO window for the launcher: an address, a history, and frames to search. */
function launchWindow(hash = '', api?: Scorm12Api) {
  const target = new EventTarget();
  const win = Object.assign(target, {
    API: api,
    opener: null,
    location: { hash },
    history: {
      replaceState(_: unknown, __: string, url: string) {
        win.location.hash = url;
      },
    },
  });
  Object.assign(win, { parent: win });
  return win as typeof win & Window;
}

/** Builds as `build:scorm` does: the scenarios packaged ('*': all). */
const packagedWith = (scenarios: string) => vi.stubEnv('VITE_SCORM_SCENARIOS', scenarios);

describe('launching the package', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('does nothing in the ordinary app, even in an LMS', () => {
    const win = launchWindow('', lms().api);
    expect(launchedByLms(win, memorySessionStore(), fakeClock())).toBeUndefined();
    expect(win.location.hash).toBe('');
  });

  it('opens a one-scenario package straight into it, unless the address names a screen', () => {
    packagedWith('tiny');
    const bare = launchWindow();
    expect(launchedByLms(bare, memorySessionStore(), fakeClock())).toBeUndefined();
    expect(bare.location.hash).toBe('#/practise/tiny');
    const named = launchWindow('#/progress');
    launchedByLms(named, memorySessionStore(), fakeClock());
    expect(named.location.hash).toBe('#/progress');
    packagedWith('*');
    const many = launchWindow();
    launchedByLms(many, memorySessionStore(), fakeClock());
    expect(many.location.hash).toBe('');
  });

  it('in an LMS, opens with the campaign the LMS kept, and shows it', async () => {
    const first = lms();
    linkScorm(first.api, { win: scoWindow(), clock: fakeClock() })?.session.save(
      campaign(FINISHED.slice(0, 2)),
    );
    const host = first.relaunch();
    packagedWith('*');
    const win = launchWindow('', host.api);
    const fallback = memorySessionStore();
    const launch = launchedByLms(win, fallback, fakeClock());
    expect((await launch?.session.open())?.events).toEqual(FINISHED.slice(0, 2));
    expect(win.location.hash).toBe('#/practise/tiny');
    launch?.session.save(campaign(FINISHED.slice(0, 3)));
    expect(fallback.load()).toBeUndefined();
    expect(decodeSuspendData(host.get('cmi.suspend_data'))?.session.events).toHaveLength(3);
  });

  it('keeps campaigns in this browser when the LMS refuses the session', async () => {
    packagedWith('*');
    const fallback = memorySessionStore();
    const launch = launchedByLms(launchWindow('', refusingLms()), fallback, fakeClock());
    expect(await launch?.session.open()).toBeUndefined();
    launch?.session.save(campaign(FINISHED.slice(0, 1)));
    expect(fallback.load()?.events).toEqual(FINISHED.slice(0, 1));
  });
});

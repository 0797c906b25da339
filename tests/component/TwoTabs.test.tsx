import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { webLocks } from '../../src/storage/campaignLocks';
import { memoryHistory } from '../../src/storage/memoryHistory';
import { webSessionShelf } from '../../src/storage/sessionShelf';
import { sessionStorageMemory, tabSessions } from '../../src/storage/tabSessions';
import type { HistoryStore } from '../../src/storage/types';
import { App, loadCampaignCode } from '../../src/ui/App';
import { sinceInWords } from '../../src/ui/tabs/OtherTabs';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeClock } from '../helpers/fakeClock';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';
import { fakeLocks, fakeOrigin, fakeStorage, settle } from '../unit/storage/fakeBrowser';

// The campaign's code is fetched ahead, as the app does when the learner reaches for it.
beforeAll(async () => {
  await loadCampaignCode();
});

const tiny = fakeUiScenario();
const other = fakeUiScenario({ id: 'other', title: 'Other' });
const library = { scenarios: [tiny, other], problems: [] };

const hangUp = { type: 'caller.hungUp' };

/** Runs `f` the way a browser would, not batched by React's test helper. */
async function outsideAct(f: () => Promise<void>) {
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const before = env.IS_REACT_ACT_ENVIRONMENT;
  env.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    await f();
  } finally {
    env.IS_REACT_ACT_ENVIRONMENT = before;
  }
}

/** One browser profile: storage and locks shared by its tabs, each tab its own App. */
function browser() {
  const origin = fakeOrigin();
  const locks = fakeLocks();
  const clock = fakeClock();
  const history: HistoryStore = memoryHistory();
  let n = 0;
  return {
    origin,
    history,
    /** The campaigns under way, as stored. */
    stored() {
      const keys = [...Array(origin.data.length).keys()].map((i) => origin.data.key(i) ?? '');
      return keys
        .filter((k) => k.startsWith('follow-up-call-trainer/session/'))
        .map((k) => JSON.parse(origin.data.getItem(k) ?? 'null'));
    },
    async openTab() {
      const name = `tab-${++n}`;
      const { storage } = origin.tab();
      const session = tabSessions(webSessionShelf(storage), {
        locks: webLocks(locks.client(name)),
        memory: sessionStorageMemory(fakeStorage()),
        now: clock.now,
      });
      let ids = 0;
      const newId = () => `${name}-campaign-${++ids}`;
      // The tab asks the others before it shows anything (the app suspends meanwhile).
      let view: ReturnType<typeof renderWithServices> | undefined;
      await act(async () => {
        view = renderWithServices(
          <App library={library} />,
          fakeServices({ session, history, clock, newId }),
        );
      });
      if (!view) throw new Error('not rendered');
      return { ...view, name, page: within(view.container) };
    },
  };
}

type Tab = Awaited<ReturnType<ReturnType<typeof browser>['openTab']>>;

async function dial(tab: Tab, title = 'Tiny') {
  await userEvent.click(tab.page.getByRole('button', { name: `Practise “${title}”` }));
  await userEvent.click(tab.page.getByRole('radio', { name: /^Day 3\b/ }));
  await userEvent.click(tab.page.getByRole('radio', { name: /10:30/ }));
  await userEvent.click(tab.page.getByRole('button', { name: /^Dial/ }));
  expect(tab.page.getByRole('heading', { level: 1, name: 'Call 1 to Acme' })).toBeInTheDocument();
}

describe('a campaign open in two tabs', () => {
  it('is not opened again in a second tab, which offers to take it over or start another', async () => {
    const profile = browser();
    const one = await profile.openTab();
    await dial(one);
    const two = await profile.openTab();
    expect(
      two.page.getByRole('heading', { level: 1, name: 'Choose a call to practise' }),
    ).toBeInTheDocument();
    const region = await two.page.findByRole('region', { name: '“Tiny” is open in another tab' });
    expect(region).toHaveTextContent('Take it over here');
    expect(region).toHaveTextContent('Last step just now.');
    expect(within(region).getByRole('button', { name: 'Take over “Tiny” here' })).toBeEnabled();
    await expectNoAxeViolations(two.container);
  });

  it('moves to the tab that takes it over, at the step it reached, and can be taken back', async () => {
    const profile = browser();
    const one = await profile.openTab();
    await dial(one);
    const two = await profile.openTab();
    await userEvent.click(await two.page.findByRole('button', { name: 'Take over “Tiny” here' }));
    await act(settle);
    expect(two.page.getByRole('heading', { level: 1, name: 'Call 1 to Acme' })).toBeInTheDocument();
    expect(two.page.getByRole('list', { name: 'Transcript' })).toHaveTextContent('Jo speaking.');
    // The first tab stops, and says where the call went.
    const moved = await one.page.findByRole('heading', {
      level: 1,
      name: '“Tiny” moved to another tab',
    });
    expect(moved).toBeInTheDocument();
    expect(one.page.queryByRole('button', { name: 'Hang up' })).not.toBeInTheDocument();
    await expectNoAxeViolations(one.container);

    // The second tab goes on; the first takes it back from there.
    await userEvent.click(two.page.getByRole('button', { name: 'Hang up' }));
    expect(two.page.getByRole('heading', { level: 1, name: 'Call 1 is over' })).toBeInTheDocument();
    const back = await one.page.findByRole('button', { name: 'Take it back here' });
    // As in a browser: the lock arrives later and React renders as soon as it is told.
    await outsideAct(async () => {
      back.click();
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 10));
    });
    expect(one.page.getByRole('heading', { level: 1, name: 'Call 1 is over' })).toBeInTheDocument();
    expect(
      await two.page.findByRole('heading', { level: 1, name: '“Tiny” moved to another tab' }),
    ).toBeInTheDocument();
    // Still one campaign, where the other tab got to: nothing was begun again from nothing.
    expect(profile.stored()).toEqual([
      expect.objectContaining({ scenarioId: 'tiny', events: expect.arrayContaining([hangUp]) }),
    ]);
  });

  it('never lets the stale tab overwrite a result the other tab saved', async () => {
    const profile = browser();
    const one = await profile.openTab();
    await dial(one);
    const two = await profile.openTab();
    await userEvent.click(await two.page.findByRole('button', { name: 'Take over “Tiny” here' }));
    await act(settle);
    await userEvent.click(two.page.getByRole('button', { name: 'Hang up' }));
    await userEvent.click(two.page.getByRole('button', { name: 'Move on to other openings' }));
    expect(
      await two.page.findByRole('heading', { level: 1, name: 'Debrief: Tiny' }),
    ).toBeInTheDocument();
    await act(settle);
    const saved = await profile.history.list();
    expect(saved).toHaveLength(1);
    // The first tab has nothing left to act on: it can only take the finished campaign back.
    expect(one.page.queryByRole('button', { name: 'Hang up' })).not.toBeInTheDocument();
    await userEvent.click(await one.page.findByRole('button', { name: 'Take it back here' }));
    expect(
      await one.page.findByRole('heading', { level: 1, name: 'Debrief: Tiny' }),
    ).toBeInTheDocument();
    await act(settle);
    expect(await profile.history.list()).toEqual(saved);
  });

  it('keeps both campaigns when the second tab starts another', async () => {
    const profile = browser();
    const one = await profile.openTab();
    await dial(one);
    const two = await profile.openTab();
    await dial(two, 'Other');
    // The first tab acts after the second started: neither campaign is lost.
    await userEvent.click(one.page.getByRole('button', { name: 'Hang up' }));
    expect(one.page.getByRole('heading', { level: 1, name: 'Call 1 is over' })).toBeInTheDocument();
    expect(two.page.getByRole('heading', { level: 1, name: 'Call 1 to Acme' })).toBeInTheDocument();
    const ids = [...Array(profile.origin.data.length).keys()]
      .map((i) => profile.origin.data.key(i))
      .filter((k) => k?.startsWith('follow-up-call-trainer/session/'));
    expect(ids).toHaveLength(2);
    // A third tab sees both, each open in another tab.
    const three = await profile.openTab();
    expect(
      await three.page.findByRole('region', { name: '“Tiny” is open in another tab' }),
    ).toBeInTheDocument();
    expect(
      await three.page.findByRole('region', { name: '“Other” is open in another tab' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(3);
  });
});

describe('when another tab’s campaign last moved', () => {
  it('is said in words', () => {
    expect(sinceInWords(20_000)).toBe('just now');
    expect(sinceInWords(60_000)).toBe('1 minute ago');
    expect(sinceInWords(59 * 60_000)).toBe('59 minutes ago');
    expect(sinceInWords(3 * 3600_000)).toBe('3 hours ago');
    expect(sinceInWords(3 * 86_400_000)).toBe('3 days ago');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import {
  type CampaignLocks,
  lazyLocks,
  soloLocks,
  webLocks,
} from '../../../src/storage/campaignLocks';
import { broadcastChannel, channelLocks, storageChannel } from '../../../src/storage/channelLocks';
import { webSessionShelf } from '../../../src/storage/sessionShelf';
import { sessionStorageMemory, tabSessions } from '../../../src/storage/tabSessions';
import type { SavedSession } from '../../../src/storage/types';
import { fakeLocks, fakeOrigin, fakeStorage, settle } from './fakeBrowser';

let tick = 0;

/** One browser profile: storage shared by its tabs, and Web Locks (or none). */
function browser(locking: 'web locks' | 'none' = 'web locks') {
  const origin = fakeOrigin();
  const locks = fakeLocks();
  let n = 0;
  return {
    origin,
    locks,
    /** Opens a tab; pass the tab memory of one being reloaded. */
    tab(memory = fakeStorage()) {
      const name = `tab-${++n}`;
      const { storage } = origin.tab();
      const lockApi: CampaignLocks =
        locking === 'web locks' ? webLocks(locks.client(name)) : soloLocks();
      const tabs = tabSessions(webSessionShelf(storage), {
        locks: lockApi,
        memory: sessionStorageMemory(memory),
        now: () => ++tick,
      });
      return { name, tabs, memory };
    },
  };
}

function campaign(id: string, events: SavedSession['events'] = []): SavedSession {
  return { id, scenarioId: 'tiny', events };
}
const dial = { type: 'plan.dial', day: 3, time: '10:00' } as const;
const chose = { type: 'caller.chose', index: 0 } as const;
const hangUp = { type: 'caller.hungUp' } as const;

describe('one campaign belongs to one tab', () => {
  it('does not open a campaign another tab is playing, and says it is there', async () => {
    const profile = browser();
    const one = profile.tab();
    one.tabs.save(campaign('s1'));
    one.tabs.save(campaign('s1', [dial]));
    await settle();
    const two = profile.tab();
    expect(await two.tabs.open()).toBeUndefined();
    expect(await two.tabs.others()).toEqual([
      { session: expect.objectContaining({ id: 's1', events: [dial] }), elsewhere: true },
    ]);
  });

  it('hands the campaign over: the new tab goes on from the last step, the old one stops', async () => {
    const profile = browser();
    const one = profile.tab();
    one.tabs.save(campaign('s1'));
    one.tabs.save(campaign('s1', [dial]));
    await settle();
    const two = profile.tab();
    await two.tabs.open();
    const taken = await two.tabs.take('s1', true);
    await settle();
    expect(taken?.events).toEqual([dial]);
    expect(one.tabs.lost()).toEqual({ id: 's1', scenarioId: 'tiny', reason: 'taken' });
    expect(one.tabs.load()).toBeUndefined();
    // The stale tab's next step (it hangs up) is refused; the other tab's is kept.
    expect(one.tabs.save(campaign('s1', [dial, hangUp]))).toBe('stale');
    expect(two.tabs.save(campaign('s1', [dial, chose]))).toBe('saved');
    expect(two.tabs.load()?.events).toEqual([dial, chose]);
  });

  it('gives the campaign back when the first tab takes it back', async () => {
    const profile = browser();
    const one = profile.tab();
    one.tabs.save(campaign('s1', [dial]));
    await settle();
    const two = profile.tab();
    await two.tabs.take('s1', true);
    two.tabs.save(campaign('s1', [dial, chose]));
    await settle();
    const back = await one.tabs.take('s1', true);
    await settle();
    expect(back?.events).toEqual([dial, chose]);
    expect(one.tabs.lost()).toBeUndefined();
    expect(two.tabs.lost()?.reason).toBe('taken');
    expect(one.tabs.save(campaign('s1', [dial, chose, hangUp]))).toBe('saved');
  });

  it('keeps a campaign started in a second tab when the first tab acts', async () => {
    const profile = browser();
    const one = profile.tab();
    one.tabs.save(campaign('s1', [dial]));
    await settle();
    const two = profile.tab();
    await two.tabs.open();
    two.tabs.save({ ...campaign('s2', [dial]), scenarioId: 'other' });
    expect(one.tabs.save(campaign('s1', [dial, chose]))).toBe('saved');
    expect(one.tabs.load()?.events).toEqual([dial, chose]);
    expect(two.tabs.load()).toMatchObject({ id: 's2', scenarioId: 'other', events: [dial] });
  });

  it('reopens its own campaign after a reload, not the latest of another tab', async () => {
    const profile = browser();
    const one = profile.tab();
    one.tabs.save(campaign('s1', [dial]));
    const two = profile.tab();
    two.tabs.save(campaign('s2', [dial, chose]));
    await settle();
    profile.locks.close(one.name);
    const reloaded = profile.tab(one.memory);
    expect((await reloaded.tabs.open())?.id).toBe('s1');
  });

  it('waits, after a reload, for the page it replaces to let its campaign go', async () => {
    const profile = browser();
    const one = profile.tab();
    one.tabs.save(campaign('s1', [dial]));
    await settle();
    const { storage } = profile.origin.tab();
    let waited = 0;
    const reloaded = tabSessions(webSessionShelf(storage), {
      locks: webLocks(profile.locks.client('reloaded')),
      memory: sessionStorageMemory(one.memory),
      // The old page goes away while the new one waits.
      wait: async () => {
        waited += 1;
        profile.locks.close(one.name);
      },
    });
    expect((await reloaded.open())?.id).toBe('s1');
    expect(waited).toBe(1);
  });

  it('opens the latest campaign a closed tab left, and lists the one still open elsewhere', async () => {
    const profile = browser();
    const one = profile.tab();
    one.tabs.save(campaign('s1', [dial]));
    const two = profile.tab();
    two.tabs.save(campaign('s2', [dial]));
    await settle();
    profile.locks.close(two.name);
    const three = profile.tab();
    expect((await three.tabs.open())?.id).toBe('s2');
    expect(await three.tabs.others()).toEqual([
      { session: expect.objectContaining({ id: 's1' }), elsewhere: true },
    ]);
  });

  it('replaces its own earlier campaign when it starts another, never another tab’s', async () => {
    const profile = browser();
    const one = profile.tab();
    one.tabs.save(campaign('s1', [dial]));
    const two = profile.tab();
    two.tabs.save(campaign('s2', [dial]));
    two.tabs.save(campaign('s3'));
    await settle();
    const ids = (await profile.tab().tabs.others()).map((o) => o.session.id).sort();
    expect(ids).toEqual(['s1', 's3']);
  });
});

describe('without Web Locks', () => {
  it('refuses a stale tab’s save when the stored revision is newer, and says why', () => {
    const profile = browser('none');
    const one = profile.tab();
    one.tabs.save(campaign('s1', [dial]));
    const two = profile.tab();
    two.tabs.take('s1', false);
    expect(two.tabs.save(campaign('s1', [dial, hangUp]))).toBe('saved');
    // Tab 1's next step is refused, and it stops there.
    expect(one.tabs.save(campaign('s1', [dial, chose]))).toBe('stale');
    expect(one.tabs.lost()?.reason).toBe('newer');
    expect(one.tabs.load()).toBeUndefined();
    expect(two.tabs.load()?.events).toEqual([dial, hangUp]);
  });

  it('stops a tab whose campaign was finished and cleared in another', () => {
    const profile = browser('none');
    const one = profile.tab();
    one.tabs.save(campaign('s1', [dial]));
    const two = profile.tab();
    two.tabs.take('s1', false);
    two.tabs.save(campaign('s1', [dial, hangUp]));
    two.tabs.clear();
    const three = profile.tab();
    expect(three.tabs.open()).toBeUndefined();
    expect(one.tabs.save(campaign('s1', [dial, chose]))).toBe('stale');
  });

  it('leaves a newer stored revision alone when a stale tab clears', () => {
    const origin = fakeOrigin();
    const shared = origin.tab();
    const one = tabSessions(webSessionShelf(shared.storage));
    const two = tabSessions(webSessionShelf(shared.storage));
    one.save(campaign('s1', [dial]));
    two.take('s1', false);
    two.save(campaign('s1', [dial, chose]));
    one.clear();
    expect(two.load()?.events).toEqual([dial, chose]);
  });
});

describe('tabs that ask each other', () => {
  const channels: BroadcastChannel[] = [];
  afterEach(() => {
    for (const c of channels.splice(0)) c.close();
  });
  const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
  const overBroadcast = (tabId: string) => {
    const channel = new BroadcastChannel(`test-${expect.getState().currentTestName}`);
    channels.push(channel);
    return channelLocks(broadcastChannel(channel), { tabId, wait, answerWithin: 40 });
  };

  it('on BroadcastChannel: a held campaign is busy elsewhere, until it is taken over', async () => {
    const a = overBroadcast('a');
    const b = overBroadcast('b');
    const lost: string[] = [];
    a.onLost((id) => lost.push(id));
    expect(await a.claim('s1')).toBe('held');
    expect(await b.claim('s1')).toBe('busy');
    expect([...(await b.heldElsewhere())]).toEqual(['s1']);
    expect(await b.claim('s1', true)).toBe('held');
    await wait(20);
    expect(lost).toEqual(['s1']);
    expect(await a.claim('s1')).toBe('busy');
  });

  it('waits for locks fetched on demand, keeps the order of calls, and acts alone without them', async () => {
    const shared = fakeLocks();
    let arrive: (locks: CampaignLocks) => void = () => undefined;
    const lazy = lazyLocks(() => new Promise((resolve) => (arrive = resolve)));
    const lost: string[] = [];
    lazy.onLost((id) => lost.push(id));
    const first = lazy.claim('s1');
    lazy.release('s1');
    const again = lazy.claim('s1');
    arrive(webLocks(shared.client('a')));
    expect([await first, await again]).toEqual(['held', 'held']);
    await webLocks(shared.client('b')).claim('s1', true);
    await settle();
    expect(lost).toEqual(['s1']);
    const offline = lazyLocks(() => Promise.reject(new Error('chunk failed')));
    expect(await offline.claim('s2')).toBe('held');
  });

  it('on storage events: a campaign let go is free for the next tab', async () => {
    const origin = fakeOrigin();
    const one = origin.tab();
    const two = origin.tab();
    const a = channelLocks(storageChannel(one.storage, one.events), {
      tabId: 'a',
      wait,
      answerWithin: 20,
    });
    const b = channelLocks(storageChannel(two.storage, two.events), {
      tabId: 'b',
      wait,
      answerWithin: 20,
    });
    expect(await a.claim('s1')).toBe('held');
    expect(await b.claim('s1')).toBe('busy');
    a.release('s1');
    expect(await b.claim('s1')).toBe('held');
  });
});

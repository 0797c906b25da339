import { describe, expect, it } from 'vitest';
import { type Later, laterSaves, onlyTurnsWait } from '../../../src/storage/laterSaves';
import { webSessionShelf } from '../../../src/storage/sessionShelf';
import { tabSessions } from '../../../src/storage/tabSessions';
import type { SavedSession } from '../../../src/storage/types';
import { fakeOrigin } from './fakeBrowser';

const dial = { type: 'plan.dial', day: 3, time: '10:00' } as const;
const chose = { type: 'caller.chose', index: 0 } as const;

function campaign(id: string, events: SavedSession['events'] = []): SavedSession {
  return { id, scenarioId: 'tiny', events };
}

/** A `later` run by hand; how many times work was asked for. */
function byHand() {
  const queue: (() => void)[] = [];
  let asked = 0;
  const later: Later = (work) => {
    asked++;
    queue.push(work);
    return () => {
      const at = queue.indexOf(work);
      if (at >= 0) queue.splice(at, 1);
    };
  };
  return {
    later,
    asked: () => asked,
    waiting: () => queue.length,
    run: () => {
      for (const work of queue.splice(0)) work();
    },
  };
}

/** Two tabs' views of one device's storage: this tab's (with later saves), and a reader's. */
function setup() {
  const origin = fakeOrigin();
  const clock = byHand();
  const store = laterSaves(tabSessions(webSessionShelf(origin.tab().storage)), clock.later);
  const reader = webSessionShelf(origin.tab().storage);
  return { clock, store, stored: (id: string) => reader.get(id) };
}

describe('saves that wait until the frame is drawn', () => {
  it('are only a caller’s turns: a hang-up is written at once, for a tab that takes over next', () => {
    const origin = fakeOrigin();
    const clock = byHand();
    const store = laterSaves(
      tabSessions(webSessionShelf(origin.tab().storage)),
      clock.later,
      onlyTurnsWait,
    );
    const reader = webSessionShelf(origin.tab().storage);
    const hungUp = { type: 'caller.hungUp' } as const;
    expect(store.save(campaign('s1', [dial]))).toBe('saved');
    expect(store.save(campaign('s1', [dial, chose]))).toBe('queued');
    expect(reader.get('s1')?.events).toEqual([dial]);
    expect(store.save(campaign('s1', [dial, chose, hungUp]))).toBe('saved');
    expect(reader.get('s1')?.events).toEqual([dial, chose, hungUp]);
    expect(clock.waiting()).toBe(0);
  });

  it('writes only when later comes, the newest of the saves made meanwhile, once', () => {
    const { clock, store, stored } = setup();
    expect(store.save(campaign('s1', [dial]))).toBe('queued');
    expect(store.save(campaign('s1', [dial, chose]))).toBe('queued');
    expect(clock.asked()).toBe(1);
    expect(stored('s1')).toBeUndefined();
    clock.run();
    expect(stored('s1')?.events).toEqual([dial, chose]);
    expect(stored('s1')?.revision).toBe(1);
    store.save(campaign('s1', [dial, chose, chose]));
    expect(clock.asked()).toBe(2);
  });

  it('writes what waits before this tab reads or changes the store', () => {
    const { clock, store, stored } = setup();
    store.save(campaign('s1', [dial]));
    expect(store.load()?.events).toEqual([dial]);
    expect(stored('s1')?.events).toEqual([dial]);
    // Nothing is left waiting: the later work finds nothing to write.
    expect(clock.waiting()).toBe(0);
    store.save(campaign('s1', [dial, chose]));
    store.clear();
    expect(stored('s1')).toBeUndefined();
    clock.run();
    expect(stored('s1')).toBeUndefined();
  });

  it('writes the last save of a campaign before the first of the one that replaces it', () => {
    const origin = fakeOrigin();
    const clock = byHand();
    const inner = tabSessions(webSessionShelf(origin.tab().storage));
    const written: string[] = [];
    const store = laterSaves(
      {
        ...inner,
        save: (session) => {
          written.push(`${session.id}:${session.events.length}`);
          return inner.save(session);
        },
      },
      clock.later,
    );
    store.save(campaign('s1', [dial]));
    store.save(campaign('s1', [dial, chose]));
    store.save(campaign('s2'));
    expect(written).toEqual(['s1:2']);
    clock.run();
    expect(written).toEqual(['s1:2', 's2:0']);
    expect(store.load()?.id).toBe('s2');
  });

  it('writes at once while the page is being left, and waits again once it is back', () => {
    const { clock, store, stored } = setup();
    store.save(campaign('s1', [dial]));
    store.leaving(true);
    expect(stored('s1')?.events).toEqual([dial]);
    expect(store.save(campaign('s1', [dial, chose]))).toBe('saved');
    expect(stored('s1')?.events).toEqual([dial, chose]);
    store.leaving(false);
    expect(store.save(campaign('s1', [dial, chose, chose]))).toBe('queued');
    expect(stored('s1')?.events).toHaveLength(2);
    store.flush();
    expect(stored('s1')?.events).toHaveLength(3);
    expect(clock.waiting()).toBe(0);
  });

  it('says what the write did when later runs the work at once', () => {
    const origin = fakeOrigin();
    const store = laterSaves(tabSessions(webSessionShelf(origin.tab().storage)), (work) => {
      work();
      return () => undefined;
    });
    expect(store.save(campaign('s1', [dial]))).toBe('saved');
    expect(store.save(campaign('s1', [dial, chose]))).toBe('saved');
    expect(webSessionShelf(origin.tab().storage).get('s1')?.events).toEqual([dial, chose]);
  });
});

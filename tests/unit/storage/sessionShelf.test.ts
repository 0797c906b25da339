import { describe, expect, it, vi } from 'vitest';
import { webSessionShelf } from '../../../src/storage/sessionShelf';
import type { SavedSession } from '../../../src/storage/types';
import { fakeStorage } from './fakeBrowser';

const LEGACY = 'follow-up-call-trainer/session';

function session(overrides: Partial<SavedSession> = {}): SavedSession {
  return {
    id: 's1',
    scenarioId: 'tiny',
    events: [{ type: 'plan.dial', day: 3, time: '10:00' }],
    revision: 1,
    ...overrides,
  };
}

describe('the shelf of campaigns under way', () => {
  it('gives a campaign back exactly as saved', () => {
    const shelf = webSessionShelf(fakeStorage());
    const saved = session({ callStartedAt: 5, turnStartedAt: 6, savedAt: 7 });
    expect(shelf.put(saved)).toBe('saved');
    expect(shelf.get('s1')).toEqual(saved);
    expect(shelf.list()).toEqual([saved]);
    shelf.remove('s1');
    expect(shelf.get('s1')).toBeUndefined();
    expect(shelf.list()).toEqual([]);
  });

  it('keeps one campaign per tab that started one, the latest saved first', () => {
    const shelf = webSessionShelf(fakeStorage());
    shelf.put(session({ id: 'a', savedAt: 10 }));
    shelf.put(session({ id: 'b', savedAt: 30 }));
    shelf.put(session({ id: 'c', savedAt: 20 }));
    expect(shelf.list().map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });

  it('reads the campaign the first versions saved, and moves it on its next save', () => {
    const storage = fakeStorage({
      [LEGACY]: JSON.stringify({ id: 'old', scenarioId: 'tiny', events: [] }),
    });
    const shelf = webSessionShelf(storage);
    expect(shelf.list().map((s) => s.id)).toEqual(['old']);
    expect(shelf.put(session({ id: 'old', revision: 1 }))).toBe('saved');
    expect(storage.getItem(LEGACY)).toBeNull();
    expect(shelf.list().map((s) => s.id)).toEqual(['old']);
  });

  it('ignores a damaged entry instead of throwing', () => {
    const shelf = webSessionShelf(
      fakeStorage({
        [LEGACY]: '{not json',
        [`${LEGACY}/x`]: '{"id":"x","events":[]}',
        [`${LEGACY}/y`]: 'null',
      }),
    );
    expect(shelf.list()).toEqual([]);
    expect(shelf.get('x')).toBeUndefined();
  });

  it('drops only the malformed events and keeps the rest of the campaign', () => {
    const raw = JSON.stringify({
      id: 'x',
      scenarioId: 'y',
      events: [
        { type: 'plan.dial', day: 3, time: '10:00' },
        { type: 'boom' },
        { type: 'caller.hungUp' },
      ],
      callStartedAt: 'soon',
      revision: Number.NaN,
    });
    expect(webSessionShelf(fakeStorage({ [`${LEGACY}/x`]: raw })).get('x')).toEqual({
      id: 'x',
      scenarioId: 'y',
      events: [{ type: 'plan.dial', day: 3, time: '10:00' }, { type: 'caller.hungUp' }],
    });
  });
});

describe('a save from a stale tab', () => {
  it('is refused when the stored revision is as new or newer, and changes nothing', () => {
    const shelf = webSessionShelf(fakeStorage());
    shelf.put(session({ revision: 1 }));
    shelf.put(session({ revision: 2, events: [] }));
    expect(shelf.put(session({ revision: 2 }))).toBe('stale');
    expect(shelf.put(session({ revision: 1 }))).toBe('stale');
    expect(shelf.get('s1')?.events).toEqual([]);
  });

  it('does not bring back a campaign another tab has removed', () => {
    const shelf = webSessionShelf(fakeStorage());
    shelf.put(session({ revision: 1 }));
    shelf.remove('s1');
    expect(shelf.put(session({ revision: 2 }))).toBe('stale');
    expect(shelf.list()).toEqual([]);
  });
});

describe('when storage refuses to save', () => {
  it('keeps the campaign in this tab, says so, and writes it again once storage has room', () => {
    const storage = fakeStorage();
    const onProblem = vi.fn();
    const shelf = webSessionShelf(storage, { onProblem });
    shelf.put(session({ revision: 1 }));
    storage.failWrites = true;
    const step = session({ revision: 2, events: [{ type: 'plan.thankYou' }] });
    expect(shelf.put(step)).toBe('unsaved');
    expect(onProblem).toHaveBeenCalledTimes(1);
    // The call goes on from the step that could not be written, not from the stored one.
    expect(shelf.get('s1')).toEqual(step);
    expect(shelf.list()).toEqual([step]);
    storage.failWrites = false;
    expect(shelf.put(session({ revision: 3 }))).toBe('saved');
    expect(JSON.parse(storage.getItem(`${LEGACY}/s1`) ?? '{}').revision).toBe(3);
  });

  it('works in memory when there is no storage at all (a getter that threw)', () => {
    const onProblem = vi.fn();
    const shelf = webSessionShelf(undefined, { onProblem });
    expect(shelf.put(session())).toBe('unsaved');
    expect(shelf.get('s1')).toEqual(session());
    expect(onProblem).toHaveBeenCalled();
  });

  it('lists nothing, without throwing, when reading is blocked too', () => {
    const storage = fakeStorage();
    storage.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(storage, 'length', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const shelf = webSessionShelf(storage);
    expect(shelf.list()).toEqual([]);
    expect(shelf.get('s1')).toBeUndefined();
  });
});

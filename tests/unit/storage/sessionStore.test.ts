import { describe, expect, it } from 'vitest';
import { webSessionStore } from '../../../src/storage/sessionStore';

function fakeStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => {
      data.delete(k);
    },
    setItem: (k, v) => {
      data.set(k, v);
    },
  };
}

describe('the saved session', () => {
  it('comes back exactly as saved', () => {
    const store = webSessionStore(fakeStorage());
    const session = {
      id: 's1',
      scenarioId: 'tiny',
      events: [{ type: 'plan.dial' as const, day: 3, time: '10:00' }],
      callStartedAt: 5,
    };
    store.save(session);
    expect(store.load()).toEqual(session);
    store.clear();
    expect(store.load()).toBeUndefined();
  });

  it('ignores a damaged entry instead of throwing', () => {
    const key = 'follow-up-call-trainer/session';
    expect(webSessionStore(fakeStorage({ [key]: '{not json' })).load()).toBeUndefined();
    expect(
      webSessionStore(fakeStorage({ [key]: '{"id":"x","events":[]}' })).load(),
    ).toBeUndefined();
  });

  it('drops only the malformed events and keeps the rest of the campaign', () => {
    const key = 'follow-up-call-trainer/session';
    const raw = JSON.stringify({
      id: 'x',
      scenarioId: 'y',
      events: [
        { type: 'plan.dial', day: 3, time: '10:00' },
        { type: 'boom' },
        { type: 'caller.hungUp' },
      ],
      callStartedAt: 'soon',
    });
    expect(webSessionStore(fakeStorage({ [key]: raw })).load()).toEqual({
      id: 'x',
      scenarioId: 'y',
      events: [{ type: 'plan.dial', day: 3, time: '10:00' }, { type: 'caller.hungUp' }],
    });
  });

  it('keeps the call going when storage refuses to save', () => {
    const storage = fakeStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(() =>
      webSessionStore(storage).save({ id: 'x', scenarioId: 'y', events: [] }),
    ).not.toThrow();
  });
});

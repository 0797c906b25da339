import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { indexedDbHistory } from '../../../src/storage/indexedDbHistory';
import { memoryHistory } from '../../../src/storage/memoryHistory';
import type { HistoryStore } from '../../../src/storage/types';
import { fakeRecord } from '../../helpers/uiFakes';

let dbCount = 0;
const stores: [string, () => HistoryStore][] = [
  ['in memory', () => memoryHistory()],
  ['in IndexedDB', () => indexedDbHistory(indexedDB, `test-${++dbCount}`)],
];

describe.each(stores)('the history %s', (_, make) => {
  it('deletes the one campaign asked for, and nothing else', async () => {
    const history = make();
    await history.save(fakeRecord({ id: 'a', finishedAt: '2026-03-01T10:00:00Z' }));
    await history.save(fakeRecord({ id: 'b', finishedAt: '2026-03-02T10:00:00Z' }));
    await history.remove('a');
    await history.remove('no such id');
    expect((await history.list()).map((r) => r.id)).toEqual(['b']);
  });

  it('lists saved campaigns oldest first', async () => {
    const store = make();
    await store.save(fakeRecord({ id: 'b', finishedAt: '2026-03-05T10:00:00.000Z' }));
    await store.save(fakeRecord({ id: 'a', finishedAt: '2026-03-01T10:00:00.000Z' }));
    expect((await store.list()).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('keeps the first copy when the same campaign is saved twice (a stale tab changes nothing)', async () => {
    const store = make();
    expect(await store.save(fakeRecord({ id: 'a', finishedAt: '2026-03-01T10:00:00.000Z' }))).toBe(
      'saved',
    );
    expect(
      await store.save(
        fakeRecord({ id: 'a', scenarioTitle: 'Stale', finishedAt: '2026-03-01T11:00:00.000Z' }),
      ),
    ).toBe('kept');
    const records = await store.list();
    expect(records).toHaveLength(1);
    expect(records[0]?.scenarioTitle).toBe('Tiny');
    expect(records[0]?.finishedAt).toBe('2026-03-01T10:00:00.000Z');
  });

  it('keeps one copy when two tabs save the same campaign at once', async () => {
    const store = make();
    const outcomes = await Promise.all([
      store.save(fakeRecord({ id: 'a', scenarioTitle: 'First' })),
      store.save(fakeRecord({ id: 'a', scenarioTitle: 'Second' })),
    ]);
    expect(outcomes.sort()).toEqual(['kept', 'saved']);
    expect(await store.list()).toHaveLength(1);
  });

  it('imports only the campaigns it does not have, and keeps the ones it has', async () => {
    const store = make();
    await store.save(fakeRecord({ id: 'a', scenarioTitle: 'Mine' }));
    const summary = await store.importRecords([
      fakeRecord({ id: 'a', scenarioTitle: 'Theirs' }),
      fakeRecord({ id: 'c' }),
      fakeRecord({ id: 'c' }),
    ]);
    expect(summary).toEqual({ added: 1, alreadyHere: 2 });
    const records = await store.list();
    expect(records.map((r) => [r.id, r.scenarioTitle])).toEqual([
      ['a', 'Mine'],
      ['c', 'Tiny'],
    ]);
  });
});

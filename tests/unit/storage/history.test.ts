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
  it('lists saved campaigns oldest first', async () => {
    const store = make();
    await store.save(fakeRecord({ id: 'b', finishedAt: '2026-03-05T10:00:00.000Z' }));
    await store.save(fakeRecord({ id: 'a', finishedAt: '2026-03-01T10:00:00.000Z' }));
    expect((await store.list()).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('keeps one copy when the same campaign is saved twice', async () => {
    const store = make();
    await store.save(fakeRecord({ id: 'a' }));
    await store.save(fakeRecord({ id: 'a', scenarioTitle: 'Renamed' }));
    const records = await store.list();
    expect(records).toHaveLength(1);
    expect(records[0]?.scenarioTitle).toBe('Renamed');
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

import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { safely } from '../../../src/storage/browserStorage';
import { indexedDbHistory } from '../../../src/storage/indexedDbHistory';
import { memoryHistory } from '../../../src/storage/memoryHistory';
import { resilientHistory } from '../../../src/storage/resilientHistory';
import { storageHealth } from '../../../src/storage/storageHealth';
import type { HistoryStore } from '../../../src/storage/types';
import { fakeRecord } from '../../helpers/uiFakes';

const refusing = (): HistoryStore => ({
  list: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
  save: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
  importRecords: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
  remove: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
});

describe('a history the browser will not store', () => {
  it('keeps finished campaigns in memory, still listed for export, and says so', async () => {
    const onProblem = vi.fn();
    const history = resilientHistory(refusing(), onProblem);
    expect(await history.list()).toEqual([]);
    expect(onProblem).toHaveBeenCalled();
    expect(await history.save(fakeRecord({ id: 'a' }))).toBe('saved');
    expect((await history.list()).map((r) => r.id)).toEqual(['a']);
    expect(await history.importRecords([fakeRecord({ id: 'a' }), fakeRecord({ id: 'b' })])).toEqual(
      { added: 1, alreadyHere: 1 },
    );
  });

  it('works with no IndexedDB at all (a getter that throws)', async () => {
    const window = {
      get indexedDB(): IDBFactory {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    const factory = safely(() => window.indexedDB);
    expect(factory).toBeUndefined();
    const history = resilientHistory(factory && indexedDbHistory(factory), () => undefined);
    await history.save(fakeRecord());
    expect(await history.list()).toHaveLength(1);
  });

  it('keeps a campaign in memory when one save fails (disk full), alongside the stored ones', async () => {
    const stored = memoryHistory([
      fakeRecord({ id: 'old', finishedAt: '2026-01-01T00:00:00.000Z' }),
    ]);
    const onProblem = vi.fn();
    const history = resilientHistory(
      { ...stored, save: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) },
      onProblem,
    );
    expect(await history.save(fakeRecord({ id: 'new' }))).toBe('saved');
    expect(onProblem).toHaveBeenCalledTimes(1);
    expect((await history.list()).map((r) => r.id)).toEqual(['old', 'new']);
    // Saved again (the debrief reopened): still one copy, the first.
    expect(await history.save(fakeRecord({ id: 'new', scenarioTitle: 'Again' }))).toBe('kept');
  });

  it('uses IndexedDB when it works, telling nobody', async () => {
    const onProblem = vi.fn();
    const history = resilientHistory(indexedDbHistory(indexedDB, 'resilient-ok'), onProblem);
    await history.save(fakeRecord());
    expect(await history.list()).toHaveLength(1);
    expect(onProblem).not.toHaveBeenCalled();
  });
});

describe('storage problems', () => {
  it('are told once per kind, however often a write fails', async () => {
    const health = storageHealth();
    const heard = vi.fn();
    health.subscribe(heard);
    health.report('session');
    health.report('session');
    health.report('history');
    health.report('session');
    await Promise.resolve();
    expect(health.problems()).toEqual(['session', 'history']);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});

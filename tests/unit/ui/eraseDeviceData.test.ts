import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOICE_SETTINGS,
  loadVoiceSettings,
  saveVoiceSettings,
} from '../../../src/speech/settings';
import { indexedDbHistory } from '../../../src/storage/indexedDbHistory';
import { webSessionShelf } from '../../../src/storage/sessionShelf';
import { sessionStorageMemory } from '../../../src/storage/tabSessions';
import { loadOwnName, saveOwnName } from '../../../src/ui/model/ownName';
import { eraseDeviceData } from '../../../src/ui/privacy/eraseDeviceData';
import { fakeRecord } from '../../helpers/uiFakes';
import { fakeStorage } from '../storage/fakeBrowser';

// The stores are the app's own (their default names), so a renamed key or database fails here.
function deviceWithData() {
  const indexedDB = new IDBFactory();
  const localStorage = fakeStorage({ 'another-app': 'keep me' });
  const sessionStorage = fakeStorage();
  const history = indexedDbHistory(indexedDB);
  const shelf = webSessionShelf(localStorage);
  shelf.put({ id: 's1', scenarioId: 'friendly-receptionist', events: [], revision: 1 });
  saveOwnName(localStorage, 'Sam Rivera');
  saveVoiceSettings(localStorage, { ...DEFAULT_VOICE_SETTINGS, rate: 1.5, consentGiven: true });
  sessionStorageMemory(sessionStorage).set('s1');
  return { indexedDB, localStorage, sessionStorage, history, shelf };
}

describe('deleting all the data', () => {
  it('empties the history, the campaigns under way, the name and the voice settings', async () => {
    const device = deviceWithData();
    await device.history.save(fakeRecord({ id: 'a' }));
    await device.history.save(fakeRecord({ id: 'b' }));

    expect(await eraseDeviceData(device)).toEqual([]);

    // The app's open connection sees the empty history at once.
    expect(await device.history.list()).toEqual([]);
    expect(device.shelf.list()).toEqual([]);
    expect(loadOwnName(device.localStorage)).toBeUndefined();
    expect(loadVoiceSettings(device.localStorage)).toEqual(DEFAULT_VOICE_SETTINGS);
    expect(sessionStorageMemory(device.sessionStorage).get()).toBeUndefined();
    expect(device.sessionStorage.length).toBe(0);
    // Another app on the same origin keeps its own.
    expect(device.localStorage.getItem('another-app')).toBe('keep me');
  });

  it('creates no database where none was, so the history still opens afterwards', async () => {
    const indexedDB = new IDBFactory();
    expect(await eraseDeviceData({ indexedDB })).toEqual([]);
    expect(await indexedDB.databases()).toEqual([]);

    const history = indexedDbHistory(indexedDB);
    await history.save(fakeRecord({ id: 'a' }));
    expect((await history.list()).map((r) => r.id)).toEqual(['a']);
  });

  it('says what it could not delete, and deletes the rest', async () => {
    const device = deviceWithData();
    await device.history.save(fakeRecord({ id: 'a' }));
    const blocked = {
      get length(): number {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as Storage;

    expect(await eraseDeviceData({ ...device, localStorage: blocked })).toEqual(['settings']);
    expect(await device.history.list()).toEqual([]);
  });

  it('gets by in a browser that stores nothing', async () => {
    expect(await eraseDeviceData({})).toEqual([]);
  });
});

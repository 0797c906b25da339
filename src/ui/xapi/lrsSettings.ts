/**
 * The facilitator's LRS settings, kept on this device only (localStorage) and off unless turned
 * on. The footer's quick read of the same key is lrsOn.ts.
 */
import { deviceStorage } from '../model/ownName';
import { LRS_CHANGED, LRS_SETTINGS_KEY } from './lrsOn';

export interface LrsSettings {
  enabled: boolean;
  endpoint: string;
  username: string;
  password: string;
}

export const NO_LRS: LrsSettings = { enabled: false, endpoint: '', username: '', password: '' };

export function loadLrsSettings(storage = deviceStorage()): LrsSettings {
  try {
    const data: unknown = JSON.parse(storage?.getItem(LRS_SETTINGS_KEY) ?? 'null');
    if (!data || typeof data !== 'object') return NO_LRS;
    const { enabled, endpoint, username, password } = data as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
      enabled: enabled === true && text(endpoint) !== '',
      endpoint: text(endpoint),
      username: text(username),
      password: text(password),
    };
  } catch {
    return NO_LRS;
  }
}

/** Keeps the settings; false when the device would not. */
export function saveLrsSettings(settings: LrsSettings, storage = deviceStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(LRS_SETTINGS_KEY, JSON.stringify(settings));
    window.dispatchEvent(new Event(LRS_CHANGED));
    return true;
  } catch {
    return false;
  }
}

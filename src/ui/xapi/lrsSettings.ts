/**
 * The facilitator's LRS settings, kept on this device only (localStorage) and off unless turned
 * on. Small on purpose: the footer reads it on the first screen to say when results leave.
 */
import { deviceStorage } from '../model/ownName';

export const LRS_SETTINGS_KEY = 'follow-up-call-trainer.lrs';
/** Fired on the window when the settings change in this tab. */
export const LRS_CHANGED = 'follow-up-call-trainer:lrs';

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

/** The LRS's host while sending is on, for saying where results go. */
export function lrsHostWhenOn(storage = deviceStorage()): string | undefined {
  const s = loadLrsSettings(storage);
  if (!s.enabled) return undefined;
  try {
    return new URL(s.endpoint).host;
  } catch {
    return s.endpoint;
  }
}

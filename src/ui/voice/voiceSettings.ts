/**
 * The voice settings for this visit, kept in memory and remembered in the store. A store that
 * refuses writes (private mode, full) still leaves the settings working until the page closes.
 */
import {
  loadVoiceSettings,
  parseVoiceSettings,
  type SettingsStore,
  saveVoiceSettings,
  type VoiceSettings,
} from '../../speech/index';
import type { VoiceSettingsHandle } from './runtime';

export function createVoiceSettings(store: SettingsStore): VoiceSettingsHandle {
  let current = loadVoiceSettings(store);
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    update(change) {
      current = parseVoiceSettings({ ...current, ...change });
      const saved = saveVoiceSettings(store, current);
      for (const listener of [...listeners]) listener();
      return saved;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * The change for switching on-device listening. Consent given for on-device listening does
 * not cover the browser's server engine, so switching it off asks again before the next turn.
 */
export function onDeviceChange(settings: VoiceSettings, onDevice: boolean): Partial<VoiceSettings> {
  if (!onDevice && settings.onDevice) return { onDevice, consentGiven: false };
  return { onDevice };
}

/** Languages offered for recognition and voices (the scenarios are in English). */
export const LANGUAGES: readonly { tag: string; name: string }[] = [
  { tag: 'en-US', name: 'English (United States)' },
  { tag: 'en-GB', name: 'English (United Kingdom)' },
  { tag: 'en-AU', name: 'English (Australia)' },
  { tag: 'en-CA', name: 'English (Canada)' },
  { tag: 'en-IE', name: 'English (Ireland)' },
  { tag: 'en-IN', name: 'English (India)' },
  { tag: 'en-NZ', name: 'English (New Zealand)' },
  { tag: 'en-ZA', name: 'English (South Africa)' },
];

/** The speaking rate in words: "1.25× (faster)". */
export function describeRate(rate: number): string {
  const shown = `${Number(rate.toFixed(2))}×`;
  if (rate < 0.95) return `${shown} (slower)`;
  if (rate > 1.05) return `${shown} (faster)`;
  return `${shown} (normal)`;
}

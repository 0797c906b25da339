/**
 * Voice settings, remembered in a localStorage-like store. Each field is checked on its own:
 * a damaged or old stored value falls back to its default and the rest are kept.
 */
import { z } from 'zod';
import type { ListenerSettings } from './recognition';
import type { SpeakerSettings } from './synthesis';

export const MIN_RATE = 0.5;
export const MAX_RATE = 2;

/** Loose BCP 47: `en`, `en-US`, `zh-Hant-TW`. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const DEFAULT_VOICE_SETTINGS = {
  voicesOn: true,
  rate: 1,
  microphoneOn: true,
  language: 'en-US',
  consentGiven: false,
  onDevice: false,
} as const satisfies Record<string, unknown>;

export const voiceSettingsSchema = z.object({
  /** The counterpart's lines are spoken aloud (captions are always shown). */
  voicesOn: z.boolean().catch(DEFAULT_VOICE_SETTINGS.voicesOn),
  /** Speaking rate of the synthetic voices; 1 is normal; kept between 0.5 and 2. */
  rate: z
    .number()
    .transform((rate) => Math.min(MAX_RATE, Math.max(MIN_RATE, rate)))
    .catch(DEFAULT_VOICE_SETTINGS.rate),
  /** The caller may answer out loud. */
  microphoneOn: z.boolean().catch(DEFAULT_VOICE_SETTINGS.microphoneOn),
  /** Language for recognition and voices. */
  language: z.string().regex(LANGUAGE_TAG).catch(DEFAULT_VOICE_SETTINGS.language),
  /** The privacy notice was read and the microphone allowed. */
  consentGiven: z.boolean().catch(DEFAULT_VOICE_SETTINGS.consentGiven),
  /** Listen on the device only (`processLocally`); chosen in the privacy notice. */
  onDevice: z.boolean().catch(DEFAULT_VOICE_SETTINGS.onDevice),
});

export type VoiceSettings = z.infer<typeof voiceSettingsSchema>;

/** The part of `localStorage` the settings need; either call may throw (private mode, quota). */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const VOICE_SETTINGS_KEY = 'follow-up-call-trainer.voice-settings.v1';

/** Any value (parsed JSON, a form's state) made into valid settings, field by field. */
export function parseVoiceSettings(value: unknown): VoiceSettings {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  return voiceSettingsSchema.parse(record);
}

/** The stored settings, or the defaults when nothing usable is stored. Never throws. */
export function loadVoiceSettings(store: SettingsStore): VoiceSettings {
  let raw: string | null;
  try {
    raw = store.getItem(VOICE_SETTINGS_KEY);
  } catch {
    return parseVoiceSettings({});
  }
  if (raw === null) return parseVoiceSettings({});
  try {
    return parseVoiceSettings(JSON.parse(raw));
  } catch {
    return parseVoiceSettings({});
  }
}

/** Stores the settings; false when the store refused (the app keeps them for this visit). */
export function saveVoiceSettings(store: SettingsStore, settings: VoiceSettings): boolean {
  try {
    store.setItem(VOICE_SETTINGS_KEY, JSON.stringify(parseVoiceSettings(settings)));
    return true;
  } catch {
    return false;
  }
}

/** Applies a change, stores the result and returns it. */
export function updateVoiceSettings(
  store: SettingsStore,
  change: Partial<VoiceSettings>,
): VoiceSettings {
  const next = parseVoiceSettings({ ...loadVoiceSettings(store), ...change });
  saveVoiceSettings(store, next);
  return next;
}

/** What the speaker reads from the settings. */
export function speakerSettingsOf(settings: VoiceSettings): SpeakerSettings {
  return { voicesOn: settings.voicesOn, rate: settings.rate, language: settings.language };
}

/** What the listener reads from the settings. */
export function listenerSettingsOf(settings: VoiceSettings): ListenerSettings {
  return { language: settings.language, onDevice: settings.onDevice };
}

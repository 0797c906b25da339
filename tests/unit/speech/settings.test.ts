import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOICE_SETTINGS,
  listenerSettingsOf,
  loadVoiceSettings,
  parseVoiceSettings,
  saveVoiceSettings,
  speakerSettingsOf,
  updateVoiceSettings,
  VOICE_SETTINGS_KEY,
} from '../../../src/speech/settings';
import { fakeStore } from './fakes';

const stored = (value: unknown) =>
  fakeStore({
    items: { [VOICE_SETTINGS_KEY]: typeof value === 'string' ? value : JSON.stringify(value) },
  });

describe('voice settings', () => {
  it('starts with voices and microphone on, normal rate, en-US and no consent yet', () => {
    expect(loadVoiceSettings(fakeStore())).toEqual({
      voicesOn: true,
      rate: 1,
      microphoneOn: true,
      language: 'en-US',
      consentGiven: false,
      onDevice: false,
    });
  });

  it('remembers settings between visits', () => {
    const store = fakeStore();
    const chosen = { ...DEFAULT_VOICE_SETTINGS, voicesOn: false, rate: 1.25, language: 'en-GB' };
    expect(saveVoiceSettings(store, chosen)).toBe(true);
    expect(loadVoiceSettings(store)).toEqual(chosen);
  });

  it('applies a change and stores it', () => {
    const store = fakeStore();
    const next = updateVoiceSettings(store, { consentGiven: true, onDevice: true });
    expect(next).toMatchObject({ consentGiven: true, onDevice: true, voicesOn: true });
    expect(loadVoiceSettings(store)).toEqual(next);
  });

  it('falls back to the defaults when the stored JSON is corrupt', () => {
    expect(loadVoiceSettings(stored('{"voicesOn": fal'))).toEqual(DEFAULT_VOICE_SETTINGS);
  });

  it('falls back to the defaults when something other than an object is stored', () => {
    for (const value of ['null', '42', '"loud"', '[true, 1]']) {
      expect(loadVoiceSettings(stored(value))).toEqual(DEFAULT_VOICE_SETTINGS);
    }
  });

  it('keeps the valid fields and defaults the damaged ones', () => {
    const settings = loadVoiceSettings(
      stored({ voicesOn: false, rate: 'fast', language: 'not a language!', consentGiven: 'yes' }),
    );
    expect(settings).toEqual({ ...DEFAULT_VOICE_SETTINGS, voicesOn: false });
  });

  it('keeps the speaking rate between half and double speed', () => {
    expect(parseVoiceSettings({ rate: 9 }).rate).toBe(2);
    expect(parseVoiceSettings({ rate: 0.1 }).rate).toBe(0.5);
    expect(parseVoiceSettings({ rate: 1.3 }).rate).toBe(1.3);
  });

  it('accepts language tags with regions and scripts', () => {
    expect(parseVoiceSettings({ language: 'zh-Hant-TW' }).language).toBe('zh-Hant-TW');
    expect(parseVoiceSettings({ language: 'fr' }).language).toBe('fr');
  });

  it('uses the defaults when the store cannot be read', () => {
    expect(loadVoiceSettings(fakeStore({ failing: 'read' }))).toEqual(DEFAULT_VOICE_SETTINGS);
  });

  it('reports a store that refuses to save, without throwing', () => {
    const store = fakeStore({ failing: 'write' });
    expect(saveVoiceSettings(store, { ...DEFAULT_VOICE_SETTINGS })).toBe(false);
    expect(updateVoiceSettings(store, { voicesOn: false }).voicesOn).toBe(false);
  });

  it('gives the speaker and the listener the parts they read', () => {
    const settings = { ...DEFAULT_VOICE_SETTINGS, rate: 0.8, onDevice: false };
    expect(speakerSettingsOf(settings)).toEqual({ voicesOn: true, rate: 0.8, language: 'en-US' });
    expect(listenerSettingsOf(settings)).toEqual({ language: 'en-US', onDevice: false });
  });
});

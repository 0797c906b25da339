/**
 * The real speech runtime, in its own chunk: the speech kit over this window, the settings
 * in localStorage (or memory, when storage is blocked), and the line voicer.
 */
import {
  createSpeechKit,
  installOnDevice,
  type RecognitionCapabilities,
  type SettingsStore,
  type SpeechWindow,
} from '../../speech/index';
import { createLineVoicer } from './lineVoicer';
import type { VoiceRuntime } from './runtime';
import { createVoiceSettings } from './voiceSettings';

function memoryStore(): SettingsStore {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

function localStore(): SettingsStore {
  try {
    return globalThis.localStorage ?? memoryStore();
  } catch {
    // Reading `localStorage` throws where storage is blocked.
    return memoryStore();
  }
}

export interface BrowserVoiceOptions {
  /** Defaults to the real window. */
  win?: SpeechWindow;
  /** Defaults to localStorage. */
  store?: SettingsStore;
}

/** The speech runtime for this browser; every missing API turns into a silent fallback. */
export function createBrowserVoiceRuntime(options: BrowserVoiceOptions = {}): VoiceRuntime {
  const win: SpeechWindow = options.win ?? globalThis;
  const settings = createVoiceSettings(options.store ?? localStore());
  const kit = createSpeechKit({ settings: settings.get, win });
  // The browser's answer only changes with the language, or after a download.
  let asked: { language: string; answer: Promise<RecognitionCapabilities> } | undefined;
  const capabilities = () => {
    const { language } = settings.get();
    if (asked?.language !== language) asked = { language, answer: kit.capabilities() };
    return asked.answer;
  };
  return {
    settings,
    speaker: kit.speaker,
    listener: kit.listener,
    tone: kit.tone,
    voicer: createLineVoicer(kit.speaker, kit.tone),
    capabilities,
    async installOnDevice() {
      const ready = await installOnDevice(win, settings.get().language);
      asked = undefined;
      return ready;
    },
  };
}

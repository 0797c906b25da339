/**
 * What the UI holds of the speech layer. Only types come from `src/speech` here: the speech
 * code itself (and zod, for the settings) is fetched on demand, so the first load stays small.
 */
import type {
  Listener,
  RecognitionCapabilities,
  Speaker,
  SpokenLine,
  TonePlayer,
  VoiceSettings,
} from '../../speech/index';

/** The remembered voice settings, readable at once and changed in one place. */
export interface VoiceSettingsHandle {
  get(): VoiceSettings;
  /** Applies a change; false when the store refused it (it still applies for this visit). */
  update(change: Partial<VoiceSettings>): boolean;
  subscribe(listener: () => void): () => void;
}

/** How a batch of the other side's lines ended. */
export type VoicedResult = 'done' | 'hushed' | 'superseded';

/** Speaks the other side's lines in order, then (for voicemail) the tone. */
export interface LineVoicer {
  play(lines: readonly SpokenLine[], options?: { beepAfter?: boolean }): Promise<VoicedResult>;
  /** Stops the batch being spoken: the learner is about to talk. */
  hush(): void;
}

export interface VoiceRuntime {
  settings: VoiceSettingsHandle;
  speaker: Speaker;
  listener: Listener;
  tone: TonePlayer;
  voicer: LineVoicer;
  /** Recognition support for the language in the settings; asked once per language. */
  capabilities(): Promise<RecognitionCapabilities>;
  /** Asks the browser to download on-device recognition (needs a click); true when ready. */
  installOnDevice(): Promise<boolean>;
}

/** Loads the runtime once, on demand; `current()` has it once loaded. */
export interface VoiceLoader {
  load(): Promise<VoiceRuntime>;
  current(): VoiceRuntime | undefined;
}

/** A loader that creates the runtime at the first `load()` and shares it afterwards. */
export function voiceLoader(create: () => Promise<VoiceRuntime>): VoiceLoader {
  let loading: Promise<VoiceRuntime> | undefined;
  let loaded: VoiceRuntime | undefined;
  return {
    load() {
      loading ??= create().then((runtime) => {
        loaded = runtime;
        return runtime;
      });
      return loading;
    },
    current: () => loaded,
  };
}

/** A loader with the runtime already there (tests, benches). */
export function readyVoice(runtime: VoiceRuntime): VoiceLoader {
  return { load: () => Promise.resolve(runtime), current: () => runtime };
}

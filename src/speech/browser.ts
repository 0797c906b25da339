/**
 * Wires the speech layer to a real window. The adapters never read globals themselves; this
 * is the one place that looks at `window`, so tests and the UI can pass fakes instead.
 */
import {
  detectRecognition,
  type RecognitionCapabilities,
  type RecognitionEnv,
} from './capabilities';
import { type Clock, systemClock } from './clock';
import { createBrowserListener, type Listener } from './recognition';
import { listenerSettingsOf, speakerSettingsOf, type VoiceSettings } from './settings';
import {
  createBrowserSpeaker,
  createSilentSpeaker,
  type Speaker,
  type SynthesisLike,
  type UtteranceConstructor,
} from './synthesis';
import { createSilentTone, createWebAudioTone, type ToneContext, type TonePlayer } from './tone';

/** The parts of `window` speech uses; every one may be missing. */
export interface SpeechWindow extends RecognitionEnv {
  speechSynthesis?: SynthesisLike;
  SpeechSynthesisUtterance?: UtteranceConstructor;
  AudioContext?: new () => ToneContext;
}

export interface SpeechKit {
  speaker: Speaker;
  listener: Listener;
  tone: TonePlayer;
  /** Whether recognition exists and can run on the device, for the privacy notice. */
  capabilities(): Promise<RecognitionCapabilities>;
}

export interface SpeechKitOptions {
  /** Read on every line and every turn, so a settings change applies at once. */
  settings: () => VoiceSettings;
  clock?: Clock;
  /** Defaults to the real window. */
  win?: SpeechWindow;
}

/** The speaker, listener and beep for this browser, silent wherever an API is missing. */
export function createSpeechKit(options: SpeechKitOptions): SpeechKit {
  const clock = options.clock ?? systemClock;
  const win: SpeechWindow = options.win ?? globalThis;
  const { settings } = options;
  const synth = win.speechSynthesis;
  const Utterance = win.SpeechSynthesisUtterance;
  const AudioContextClass = win.AudioContext;
  return {
    speaker:
      synth && Utterance
        ? createBrowserSpeaker({
            synth,
            Utterance,
            clock,
            settings: () => speakerSettingsOf(settings()),
          })
        : createSilentSpeaker(),
    listener: createBrowserListener({
      env: win,
      clock,
      settings: () => listenerSettingsOf(settings()),
    }),
    tone: AudioContextClass
      ? createWebAudioTone({
          createContext: () => new AudioContextClass(),
          clock,
          enabled: () => settings().voicesOn,
        })
      : createSilentTone(),
    capabilities: () => detectRecognition(win, settings().language, clock),
  };
}

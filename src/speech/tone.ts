/**
 * The voicemail beep, played with Web Audio. Like speech, it always settles on the injected
 * clock, so a suspended or missing audio context cannot hold up the message countdown.
 */
import { type Clock, sleep } from './clock';

/** The part of `AudioContext` the beep needs. */
export interface ToneContext {
  readonly currentTime: number;
  readonly destination: unknown;
  createOscillator(): {
    frequency: { value: number };
    connect(target: unknown): unknown;
    start(when?: number): void;
    stop(when?: number): void;
  };
  createGain(): { gain: { value: number }; connect(target: unknown): unknown };
  resume?(): Promise<void>;
}

export interface TonePlayer {
  /** Plays the beep; resolves when it is over (at once when silent). Never rejects. */
  beep(): Promise<void>;
}

export interface WebAudioToneOptions {
  /** Called on the first beep, after a click, so browsers allow the audio. */
  createContext: () => ToneContext;
  clock: Clock;
  /** Voices off means no beep either. */
  enabled: () => boolean;
}

export const BEEP_HZ = 1000;
export const BEEP_MS = 450;
const BEEP_VOLUME = 0.15;

/** A tone player that plays nothing. */
export function createSilentTone(): TonePlayer {
  return { beep: async () => {} };
}

/** A Web Audio beep. */
export function createWebAudioTone(options: WebAudioToneOptions): TonePlayer {
  let context: ToneContext | null = null;
  return {
    async beep() {
      if (!options.enabled()) return;
      try {
        context ??= options.createContext();
        context.resume?.().catch(() => {});
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.frequency.value = BEEP_HZ;
        gain.gain.value = BEEP_VOLUME;
        oscillator.connect(gain);
        gain.connect(context.destination);
        oscillator.start(context.currentTime);
        oscillator.stop(context.currentTime + BEEP_MS / 1000);
      } catch {
        return;
      }
      await sleep(options.clock, BEEP_MS);
    },
  };
}

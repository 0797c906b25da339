/**
 * The counterpart's voice. Captions never wait on it: every `speak()` settles, at the latest
 * after a timeout based on the length of the line, because some engines never fire `end`.
 */
import type { Clock } from './clock';
import { castVoices, type Role } from './voices';

export interface SpokenLine {
  text: string;
  role: Role;
}

/** `skipped`: voices off, none installed, empty line, or cut short by `cancel()`. */
export type SpeakResult = 'done' | 'skipped' | 'failed';

export interface Speaker {
  /** Speaks one line; resolves when it ends, is skipped, fails or times out. Never rejects. */
  speak(line: SpokenLine): Promise<SpeakResult>;
  /** Stops the line being spoken (it resolves `skipped`). */
  cancel(): void;
  /** True when lines will actually be heard: voices on and at least one voice installed. */
  available(): boolean;
}

export interface SpeakerSettings {
  voicesOn: boolean;
  /** 1 is the engine's normal pace. */
  rate: number;
  language: string;
}

export type UtteranceLike = Pick<
  SpeechSynthesisUtterance,
  'text' | 'lang' | 'rate' | 'pitch' | 'voice' | 'onend' | 'onerror'
>;

export type UtteranceConstructor = new (text: string) => UtteranceLike;

/** The part of `window.speechSynthesis` the adapter uses. */
export interface SynthesisLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
}

export interface BrowserSpeakerOptions {
  synth: SynthesisLike;
  Utterance: UtteranceConstructor;
  clock: Clock;
  /** Read on every line, so changes in the settings apply to the next line. */
  settings: () => SpeakerSettings;
}

// A relaxed synthetic voice reads about 14 characters a second at rate 1.
const CHARS_PER_SECOND = 14;
const MIN_LINE_MS = 1000;
const GRACE_MS = 2000;

/** How long a line should take to say at the given rate, in milliseconds. */
export function estimateSpeechMs(text: string, rate: number): number {
  const safeRate = Number.isFinite(rate) && rate > 0 ? rate : 1;
  return Math.max(MIN_LINE_MS, (text.length / (CHARS_PER_SECOND * safeRate)) * 1000);
}

/** When to give up waiting for `end`: half as long again as the estimate, plus a grace period. */
export function speechTimeoutMs(text: string, rate: number): number {
  return Math.round(estimateSpeechMs(text, rate) * 1.5 + GRACE_MS);
}

/** A speaker that says nothing: voices off, or no speech synthesis in this browser. */
export function createSilentSpeaker(): Speaker {
  return {
    speak: async () => 'skipped',
    cancel: () => {},
    available: () => false,
  };
}

/** A speaker over `speechSynthesis` with a voice per role and a timeout for stuck engines. */
export function createBrowserSpeaker(options: BrowserSpeakerOptions): Speaker {
  const { synth, Utterance, clock, settings } = options;
  let settleCurrent: ((result: SpeakResult) => void) | null = null;
  // Chrome can garbage-collect an utterance mid-line and then never fire `end`; hold on to it.
  let speaking: UtteranceLike | null = null;

  function voices(): SpeechSynthesisVoice[] {
    try {
      return synth.getVoices();
    } catch {
      return [];
    }
  }

  function cancel(): void {
    const settle = settleCurrent;
    settleCurrent = null;
    settle?.('skipped');
    speaking = null;
    try {
      synth.cancel();
    } catch {
      // An engine that cannot cancel has nothing queued that we still wait for.
    }
  }

  function available(): boolean {
    return settings().voicesOn && voices().length > 0;
  }

  function speak(line: SpokenLine): Promise<SpeakResult> {
    const current = settings();
    if (!current.voicesOn || line.text.trim() === '' || voices().length === 0) {
      return Promise.resolve('skipped');
    }
    if (settleCurrent || speaking) cancel();
    return new Promise<SpeakResult>((resolve) => {
      let stopTimer = () => {};
      let settled = false;
      const settle = (result: SpeakResult) => {
        if (settled) return;
        settled = true;
        if (settleCurrent === settle) {
          settleCurrent = null;
          speaking = null;
        }
        stopTimer();
        resolve(result);
      };
      settleCurrent = settle;

      const casting = castVoices(voices(), current.language)[line.role];
      let utterance: UtteranceLike;
      try {
        utterance = new Utterance(line.text);
        utterance.lang = casting.voice?.lang ?? current.language;
        utterance.voice = casting.voice;
        utterance.rate = current.rate;
        utterance.pitch = casting.pitch;
      } catch {
        settle('failed');
        return;
      }
      utterance.onend = () => settle('done');
      utterance.onerror = (event) => {
        const cut = event.error === 'interrupted' || event.error === 'canceled';
        settle(cut ? 'skipped' : 'failed');
      };
      stopTimer = clock.after(speechTimeoutMs(line.text, current.rate), () => {
        // The caption has been up long enough; free the engine so the next line can play.
        settle('done');
        try {
          synth.cancel();
        } catch {
          // Nothing more to free.
        }
      });
      speaking = utterance;
      try {
        synth.speak(utterance);
      } catch {
        settle('failed');
      }
    });
  }

  // Chrome loads its voices only once they are asked for.
  voices();
  return { speak, cancel, available };
}

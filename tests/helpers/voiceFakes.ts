/**
 * A speech runtime for UI tests, all fakes: a speaker the test finishes by hand (or that
 * finishes at once), the scripted `FakeListener`, a tone that counts its beeps, and the
 * real settings handle over an in-memory store. Each part takes overrides.
 */
import type {
  RecognitionCapabilities,
  Speaker,
  SpeakResult,
  SpokenLine,
  TonePlayer,
  VoiceSettings,
} from '../../src/speech/index';
import { VOICE_SETTINGS_KEY } from '../../src/speech/settings';
import { createLineVoicer } from '../../src/ui/voice/lineVoicer';
import type { VoiceRuntime } from '../../src/ui/voice/runtime';
import { createVoiceSettings } from '../../src/ui/voice/voiceSettings';
import { FakeListener, fakeStore } from '../unit/speech/fakes';

/** `ends`: every line ends at once; `manual`: the test calls `finish()`. */
export class FakeSpeaker implements Speaker {
  readonly spoken: SpokenLine[] = [];
  cancelCalls = 0;
  private settle: ((result: SpeakResult) => void) | null = null;

  constructor(
    public behaviour: 'ends' | 'manual' = 'ends',
    public voices = true,
  ) {}

  speak(line: SpokenLine): Promise<SpeakResult> {
    if (!this.voices) return Promise.resolve('skipped');
    this.settle?.('skipped');
    this.spoken.push(line);
    if (this.behaviour === 'ends') return Promise.resolve('done');
    return new Promise((resolve) => {
      this.settle = resolve;
    });
  }

  /** Ends the line being spoken. */
  finish(): void {
    const settle = this.settle;
    this.settle = null;
    settle?.('done');
  }

  cancel(): void {
    this.cancelCalls++;
    const settle = this.settle;
    this.settle = null;
    settle?.('skipped');
  }

  available(): boolean {
    return this.voices;
  }
}

export class FakeTone implements TonePlayer {
  beeps = 0;
  async beep(): Promise<void> {
    this.beeps++;
  }
}

export interface FakeVoiceRuntimeOptions {
  caps?: RecognitionCapabilities;
  /** Stored before the runtime starts, as if from an earlier visit. */
  settings?: Partial<VoiceSettings>;
  failingStore?: 'write';
  speaker?: FakeSpeaker;
  listener?: FakeListener;
  /** What `installOnDevice()` answers. */
  installs?: boolean;
}

export type FakeVoiceRuntime = VoiceRuntime & {
  speaker: FakeSpeaker;
  listener: FakeListener;
  tone: FakeTone;
  store: ReturnType<typeof fakeStore>;
  /** How often the browser was asked what it can do. */
  capabilityAsks: number;
  caps: RecognitionCapabilities;
};

/** A speech runtime made of fakes; set `caps` on it to change what later asks answer. */
export function fakeVoiceRuntime(options: FakeVoiceRuntimeOptions = {}): FakeVoiceRuntime {
  const store = fakeStore({
    items: options.settings ? { [VOICE_SETTINGS_KEY]: JSON.stringify(options.settings) } : {},
    ...(options.failingStore ? { failing: options.failingStore } : {}),
  });
  const speaker = options.speaker ?? new FakeSpeaker();
  const tone = new FakeTone();
  const runtime: FakeVoiceRuntime = {
    settings: createVoiceSettings(store),
    speaker,
    listener: options.listener ?? new FakeListener(),
    tone,
    voicer: createLineVoicer(speaker, tone),
    store,
    capabilityAsks: 0,
    caps: options.caps ?? { supported: true, onDevice: 'unknown' },
    capabilities() {
      runtime.capabilityAsks++;
      return Promise.resolve(runtime.caps);
    },
    installOnDevice: () => Promise.resolve(options.installs ?? true),
  };
  return runtime;
}

/** The settings the runtime's store holds now. */
export function storedSettings(runtime: FakeVoiceRuntime): Partial<VoiceSettings> {
  const raw = runtime.store.items.get(VOICE_SETTINGS_KEY);
  return raw ? (JSON.parse(raw) as Partial<VoiceSettings>) : {};
}

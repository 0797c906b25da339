/** A `speechSynthesis` whose lines end, fail or never end, as the test chooses. */
import type { SynthesisLike, UtteranceLike } from '../../../src/speech/synthesis';

/** A synthetic voice. */
export function fakeVoice(overrides: Partial<SpeechSynthesisVoice> = {}): SpeechSynthesisVoice {
  const name = overrides.name ?? 'Test Voice';
  return {
    name,
    lang: 'en-US',
    localService: true,
    default: false,
    voiceURI: name,
    ...overrides,
  };
}

export class FakeUtterance implements UtteranceLike {
  lang = '';
  rate = 1;
  pitch = 1;
  voice: SpeechSynthesisVoice | null = null;
  onend: UtteranceLike['onend'] = null;
  onerror: UtteranceLike['onerror'] = null;

  constructor(public text: string) {}

  fireEnd(): void {
    this.onend?.call(this as never, { type: 'end' } as SpeechSynthesisEvent);
  }

  fireError(error: SpeechSynthesisErrorCode): void {
    this.onerror?.call(this as never, { type: 'error', error } as SpeechSynthesisErrorEvent);
  }
}

/** `ends`: each line ends right away; `manual`: the test calls `finish()`; `never`: stuck. */
export type SynthesisBehaviour = 'ends' | 'manual' | 'never' | 'fails';

export interface FakeSpeechSynthesisOptions {
  voices: SpeechSynthesisVoice[];
  behaviour: SynthesisBehaviour;
}

export class FakeSpeechSynthesis implements SynthesisLike {
  voices: SpeechSynthesisVoice[];
  behaviour: SynthesisBehaviour;
  /** Every utterance handed to `speak()`, in order. */
  readonly spoken: FakeUtterance[] = [];
  private queue: FakeUtterance[] = [];
  cancelCalls = 0;

  constructor(overrides: Partial<FakeSpeechSynthesisOptions> = {}) {
    this.voices = overrides.voices ?? [fakeVoice()];
    this.behaviour = overrides.behaviour ?? 'ends';
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }

  speak(utterance: UtteranceLike): void {
    const fake = utterance as FakeUtterance;
    this.spoken.push(fake);
    this.queue.push(fake);
    if (this.behaviour === 'ends') queueMicrotask(() => this.finish());
    if (this.behaviour === 'fails') queueMicrotask(() => this.fail('synthesis-failed'));
  }

  /** Ends the line being spoken. */
  finish(): void {
    this.queue.shift()?.fireEnd();
  }

  /** Fails the line being spoken. */
  fail(error: SpeechSynthesisErrorCode): void {
    this.queue.shift()?.fireError(error);
  }

  cancel(): void {
    this.cancelCalls++;
    const [current, ...waiting] = this.queue;
    this.queue = [];
    current?.fireError('interrupted');
    for (const u of waiting) u.fireError('canceled');
  }

  /** Lines waiting or being spoken. */
  get queued(): number {
    return this.queue.length;
  }
}

/** A speech-synthesis environment: `speechSynthesis` plus the utterance constructor. */
export function fakeSynthesisEnv(overrides: Partial<FakeSpeechSynthesisOptions> = {}) {
  return { synth: new FakeSpeechSynthesis(overrides), Utterance: FakeUtterance };
}

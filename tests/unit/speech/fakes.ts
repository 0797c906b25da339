/**
 * Fakes for the speech layer: a manual clock, a scriptable `SpeechRecognition`, a
 * `speechSynthesis` whose lines end, fail or never end on request, and a scripted `Listener`.
 * Each factory takes overrides. The e2e tests install the same behaviour in a page with
 * `fakeSpeechInitScript` (fakeSpeechInit.ts).
 */
import type {
  RecognitionConstructor,
  RecognitionEnv,
  RecognitionLike,
} from '../../../src/speech/capabilities';
import type { CancelTimer, Clock } from '../../../src/speech/clock';
import type { Listener, ListenerEvent } from '../../../src/speech/recognition';
import type { SettingsStore } from '../../../src/speech/settings';
import type { SynthesisLike, UtteranceLike } from '../../../src/speech/synthesis';
import type { ToneContext } from '../../../src/speech/tone';

/* ---------- time ---------- */

interface PendingTimer {
  at: number;
  order: number;
  fire: () => void;
}

/** A clock that only moves when the test says so. */
export class ManualClock implements Clock {
  private time: number;
  private order = 0;
  private timers: PendingTimer[] = [];

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  after(ms: number, fire: () => void): CancelTimer {
    const timer = { at: this.time + Math.max(0, ms), order: this.order++, fire };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Moves time on, firing due timers in order (including ones they schedule). */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = [...this.timers]
        .filter((t) => t.at <= until)
        .sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.at;
      next.fire();
    }
    this.time = until;
  }

  /** Timers that have not fired or been cancelled. */
  get pending(): number {
    return this.timers.length;
  }
}

/** Lets promise callbacks run. */
export async function flushPromises(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

/* ---------- synthesis ---------- */

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

/* ---------- recognition ---------- */

interface FakeResult {
  transcript: string;
  isFinal: boolean;
}

function resultList(items: readonly FakeResult[]): SpeechRecognitionResultList {
  const results = items.map(({ transcript, isFinal }) => {
    const alternatives = [{ transcript, confidence: 0.9 }];
    return Object.assign(alternatives, { isFinal, item: (i: number) => alternatives[i] });
  });
  return Object.assign(results, {
    item: (i: number) => results[i],
  }) as unknown as SpeechRecognitionResultList;
}

/** What happens on `start()` and `stop()`. */
export interface FakeRecognitionBehaviour {
  /** `opens`: fires `start`; `pending`: waits (a permission prompt); or fails with this error. */
  onStart: 'opens' | 'pending' | SpeechRecognitionErrorCode;
  /** `finalises`: turns pending words final, then ends; `hangs`: never ends. */
  onStop: 'finalises' | 'hangs';
}

/** A `SpeechRecognition` the test speaks into: `hearSound()`, `interim()`, `final()`, `fail()`. */
export class FakeSpeechRecognition implements RecognitionLike {
  lang = '';
  continuous = false;
  interimResults = false;
  maxAlternatives = 1;
  processLocally = false;
  onstart: RecognitionLike['onstart'] = null;
  onend: RecognitionLike['onend'] = null;
  onerror: RecognitionLike['onerror'] = null;
  onresult: RecognitionLike['onresult'] = null;
  onsoundstart: RecognitionLike['onsoundstart'] = null;
  onspeechstart: RecognitionLike['onspeechstart'] = null;

  active = false;
  startCalls = 0;
  stopCalls = 0;
  abortCalls = 0;
  private results: FakeResult[] = [];
  readonly behaviour: FakeRecognitionBehaviour;

  constructor(overrides: Partial<FakeRecognitionBehaviour> = {}) {
    this.behaviour = { onStart: 'opens', onStop: 'finalises', ...overrides };
  }

  private fire(name: 'onstart' | 'onend' | 'onsoundstart' | 'onspeechstart'): void {
    this[name]?.call(this as never, { type: name.slice(2) } as Event);
  }

  start(): void {
    this.startCalls++;
    if (this.active) throw new DOMException('already started', 'InvalidStateError');
    this.active = true;
    const { onStart } = this.behaviour;
    if (onStart === 'opens') this.open();
    else if (onStart !== 'pending') this.fail(onStart);
  }

  /** The microphone opens (after a permission prompt, say). */
  open(): void {
    this.fire('onstart');
  }

  stop(): void {
    this.stopCalls++;
    if (!this.active || this.behaviour.onStop === 'hangs') return;
    if (this.results.some((r) => !r.isFinal)) {
      this.results = this.results.map((r) => ({ ...r, isFinal: true }));
      this.emitResults();
    }
    this.end();
  }

  abort(): void {
    this.abortCalls++;
    if (!this.active) return;
    this.fail('aborted');
  }

  hearSound(): void {
    this.fire('onsoundstart');
    this.fire('onspeechstart');
  }

  /** Words still being recognised (they replace the previous interim words). */
  interim(text: string): void {
    this.settleTail(text, false);
  }

  /** Words recognised for good. */
  final(text: string): void {
    this.settleTail(text, true);
  }

  fail(error: SpeechRecognitionErrorCode): void {
    this.onerror?.call(
      this as never,
      {
        type: 'error',
        error,
        message: '',
      } as unknown as SpeechRecognitionErrorEvent,
    );
    this.end();
  }

  end(): void {
    if (!this.active) return;
    this.active = false;
    this.fire('onend');
  }

  private settleTail(transcript: string, isFinal: boolean): void {
    const last = this.results[this.results.length - 1];
    if (last && !last.isFinal) this.results[this.results.length - 1] = { transcript, isFinal };
    else this.results.push({ transcript, isFinal });
    this.emitResults();
  }

  private emitResults(): void {
    const firstOpen = this.results.findIndex((r) => !r.isFinal);
    const event = {
      type: 'result',
      resultIndex: firstOpen === -1 ? Math.max(0, this.results.length - 1) : firstOpen,
      results: resultList(this.results),
    } as unknown as SpeechRecognitionEvent;
    this.onresult?.call(this as never, event);
  }
}

export interface FakeRecognitionEnvOptions extends FakeRecognitionBehaviour {
  /** Only `webkitSpeechRecognition`, as in Chrome and Safari. */
  prefixed: boolean;
  /** What `SpeechRecognition.available()` answers; `missing`: no such method. */
  available: AvailabilityStatus | 'missing' | 'rejects' | 'hangs';
  /** What `SpeechRecognition.install()` answers. */
  install: boolean;
}

/** A window with a fake recognition constructor; `latest` is the last instance created. */
export function fakeRecognitionEnv(overrides: Partial<FakeRecognitionEnvOptions> = {}) {
  const options: FakeRecognitionEnvOptions = {
    onStart: 'opens',
    onStop: 'finalises',
    prefixed: false,
    available: 'missing',
    install: false,
    ...overrides,
  };
  const instances: FakeSpeechRecognition[] = [];
  const availabilityAsked: SpeechRecognitionOptions[] = [];
  const Recognition = class extends FakeSpeechRecognition {
    constructor() {
      super({ onStart: options.onStart, onStop: options.onStop });
      instances.push(this);
    }
  };
  const statics: Partial<RecognitionConstructor> = {};
  if (options.available !== 'missing') {
    const answer = options.available;
    statics.available = (asked) => {
      availabilityAsked.push(asked);
      if (answer === 'rejects') return Promise.reject(new Error('no'));
      if (answer === 'hangs') return new Promise<AvailabilityStatus>(() => {});
      return Promise.resolve(answer);
    };
    statics.install = () => Promise.resolve(options.install);
  }
  const ctor: RecognitionConstructor = Object.assign(Recognition, statics);
  const env: RecognitionEnv = options.prefixed
    ? { webkitSpeechRecognition: ctor }
    : { SpeechRecognition: ctor };
  return {
    env,
    instances,
    availabilityAsked,
    /** The recognition the adapter created last. */
    get latest(): FakeSpeechRecognition {
      const last = instances[instances.length - 1];
      if (!last) throw new Error('no SpeechRecognition was created');
      return last;
    },
  };
}

/* ---------- listener, store, audio ---------- */

/** A `Listener` the test drives by emitting its events. */
export class FakeListener implements Listener {
  supported: boolean;
  startCalls = 0;
  stopCalls = 0;
  cancelCalls = 0;
  private handlers = new Set<(event: ListenerEvent) => void>();

  constructor(overrides: { supported?: boolean } = {}) {
    this.supported = overrides.supported ?? true;
  }

  start(): void {
    this.startCalls++;
  }

  stop(): void {
    this.stopCalls++;
  }

  cancel(): void {
    this.cancelCalls++;
  }

  subscribe(handler: (event: ListenerEvent) => void): () => void {
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }

  emit(event: ListenerEvent): void {
    for (const handler of [...this.handlers]) handler(event);
  }

  get subscribers(): number {
    return this.handlers.size;
  }
}

/** An in-memory `localStorage`; `failing` makes reads or writes throw. */
export function fakeStore(
  overrides: { items?: Record<string, string>; failing?: 'read' | 'write' } = {},
): SettingsStore & { items: Map<string, string> } {
  const items = new Map(Object.entries(overrides.items ?? {}));
  return {
    items,
    getItem(key) {
      if (overrides.failing === 'read') throw new DOMException('denied', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (overrides.failing === 'write') throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

/** A Web Audio context that records the beep it is asked to play. */
export function fakeToneContext() {
  const played: { hz: number; volume: number; from: number; to: number }[] = [];
  const context: ToneContext = {
    currentTime: 5,
    destination: {},
    createGain: () => ({ gain: { value: 1 }, connect: () => undefined }),
    createOscillator() {
      const oscillator = {
        frequency: { value: 440 },
        gain: 1,
        from: 0,
        connect: (target: unknown) => {
          oscillator.gain = (target as { gain: { value: number } }).gain.value;
          return target;
        },
        start: (when = 0) => {
          oscillator.from = when;
        },
        stop: (when = 0) => {
          played.push({
            hz: oscillator.frequency.value,
            volume: oscillator.gain,
            from: oscillator.from,
            to: when,
          });
        },
      };
      return oscillator;
    },
  };
  return { context, played };
}

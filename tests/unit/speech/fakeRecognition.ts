/** A `SpeechRecognition` the test speaks into, and a window that holds it. */
import type {
  RecognitionConstructor,
  RecognitionEnv,
  RecognitionLike,
} from '../../../src/speech/capabilities';

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

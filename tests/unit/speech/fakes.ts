/**
 * Fakes for the speech layer: a manual clock, a scriptable `SpeechRecognition`, a
 * `speechSynthesis` whose lines end, fail or never end on request, and a scripted `Listener`.
 * Each factory takes overrides. The e2e tests install the same behaviour in a page with
 * `fakeSpeechInitScript` (fakeSpeechInit.ts).
 */
import type { Listener, ListenerEvent } from '../../../src/speech/recognition';
import type { SettingsStore } from '../../../src/speech/settings';
import type { ToneContext } from '../../../src/speech/tone';

export { flushPromises, ManualClock } from './fakeClock';
export {
  type FakeRecognitionBehaviour,
  type FakeRecognitionEnvOptions,
  FakeSpeechRecognition,
  fakeRecognitionEnv,
} from './fakeRecognition';
export {
  type FakeSpeechControl,
  type FakeSpeechOptions,
  type FakeSpeechWindow,
  fakeSpeechInitScript,
  installFakeSpeech,
} from './fakeSpeechInit';
export {
  FakeSpeechSynthesis,
  type FakeSpeechSynthesisOptions,
  FakeUtterance,
  fakeSynthesisEnv,
  fakeVoice,
  type SynthesisBehaviour,
} from './fakeSynthesis';

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

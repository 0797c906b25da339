/**
 * Fake Web Speech for a real page. `fakeSpeechInitScript(options)` gives the source of a
 * script for Playwright's `page.addInitScript({ content })`: before the app loads, it installs
 * a fake `SpeechRecognition` (or `webkitSpeechRecognition`) and `speechSynthesis`, driven from
 * the test through `window.__fakeSpeech` (see `FakeSpeechControl`).
 *
 *   await page.addInitScript({ content: fakeSpeechInitScript({ permission: 'denied' }) });
 *   await page.evaluate(() =>
 *     (window as unknown as FakeSpeechWindow).__fakeSpeech.recognition.say('Is it still open?'),
 *   );
 *
 * `installFakeSpeech` is sent to the page as source text, so it must stay self-contained:
 * no imports, no outside variables, only what every browser and a bare `vm` context have.
 */

export interface FakeVoiceSpec {
  name: string;
  lang: string;
  localService?: boolean;
  default?: boolean;
}

export interface FakeSpeechOptions {
  /** `prefixed`: only `webkitSpeechRecognition`, as in Chrome; `none`: as in Firefox. */
  recognition?: 'standard' | 'prefixed' | 'none';
  /** `prompt`: the microphone opens only when the test calls `recognition.open()`. */
  permission?: 'granted' | 'denied' | 'prompt';
  /** What `SpeechRecognition.available()` answers; `no-api`: the method is missing. */
  onDevice?: AvailabilityStatus | 'no-api';
  voices?: FakeVoiceSpec[];
  /** `ends`: every line ends at once; `never`: lines never end; `none`: no speechSynthesis. */
  synthesis?: 'ends' | 'manual' | 'never' | 'fails' | 'none';
}

export interface FakeSpokenLine {
  text: string;
  voice: string | null;
  lang: string;
  rate: number;
  pitch: number;
}

export interface FakeRecognitionStart {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
}

/** `window.__fakeSpeech` in a page with the fake installed. */
export interface FakeSpeechControl {
  recognition: {
    /** True between the app's `start()` and the engine's `end`. */
    readonly listening: boolean;
    /** Every `start()` the app made, with the settings it used. */
    readonly starts: FakeRecognitionStart[];
    readonly stops: number;
    readonly aborts: number;
    /** The microphone opens (with `permission: 'prompt'`). */
    open(): void;
    sound(): void;
    interim(text: string): void;
    final(text: string): void;
    /** Sound, then the whole line as final words; the app's silence timer ends the turn. */
    say(text: string): void;
    /** The engine reports an error (`no-speech`, `network`, …), then ends. */
    fail(error: string): void;
    end(): void;
  };
  synthesis: {
    readonly spoken: FakeSpokenLine[];
    behaviour: 'ends' | 'manual' | 'never' | 'fails';
    /** Ends the line being spoken. */
    finish(): void;
    fail(error: string): void;
    /** Replaces the voices and fires `voiceschanged`. */
    setVoices(voices: FakeVoiceSpec[]): void;
  };
}

/** Cast `window` to this in `page.evaluate` callbacks to reach the controls. */
export interface FakeSpeechWindow {
  __fakeSpeech: FakeSpeechControl;
}

type Handler = (event: unknown) => void;

/** Installs the fakes on `win`; runs in the page (or a `vm` context) as plain JavaScript. */
export function installFakeSpeech(win: object, options: FakeSpeechOptions): void {
  const target = win as Record<string, unknown>;
  const later = (fire: () => void) => {
    void Promise.resolve().then(fire);
  };
  const define = (name: string, value: unknown) => {
    try {
      delete target[name];
    } catch {
      // Not deletable: shadow it below.
    }
    if (value !== undefined || name in target) {
      Object.defineProperty(win, name, { value, configurable: true, writable: true });
    }
  };

  function emitterFor(owner: Record<string, unknown>) {
    const listeners: Record<string, Handler[]> = {};
    owner.addEventListener = (type: string, handler: Handler) => {
      listeners[type] = [...(listeners[type] ?? []), handler];
    };
    owner.removeEventListener = (type: string, handler: Handler) => {
      listeners[type] = (listeners[type] ?? []).filter((h) => h !== handler);
    };
    return (type: string, event: Record<string, unknown>) => {
      const full = { type, target: owner, ...event };
      const own = owner[`on${type}`];
      if (typeof own === 'function') own.call(owner, full);
      for (const handler of listeners[type] ?? []) handler.call(owner, full);
    };
  }

  /* ---------- recognition ---------- */

  const permission = options.permission ?? 'granted';
  const onDevice = options.onDevice ?? 'no-api';
  let results: { transcript: string; isFinal: boolean }[] = [];
  let current: Record<string, unknown> | null = null;
  let emitCurrent: ((type: string, event: Record<string, unknown>) => void) | null = null;
  const recognition = {
    listening: false,
    starts: [] as FakeRecognitionStart[],
    stops: 0,
    aborts: 0,
    open() {
      emitCurrent?.('audiostart', {});
      emitCurrent?.('start', {});
    },
    sound() {
      emitCurrent?.('soundstart', {});
      emitCurrent?.('speechstart', {});
    },
    interim(text: string) {
      settle(text, false);
    },
    final(text: string) {
      settle(text, true);
    },
    say(text: string) {
      recognition.sound();
      recognition.final(text);
    },
    fail(error: string) {
      emitCurrent?.('error', { error, message: '' });
      recognition.end();
    },
    end() {
      if (!recognition.listening) return;
      recognition.listening = false;
      const emit = emitCurrent;
      current = null;
      emitCurrent = null;
      emit?.('end', {});
    },
  };

  function resultList() {
    const list = results.map((r) => {
      const alternatives = [{ transcript: r.transcript, confidence: 0.9 }];
      return Object.assign(alternatives, {
        isFinal: r.isFinal,
        item: (i: number) => alternatives[i],
      });
    });
    return Object.assign(list, { item: (i: number) => list[i] });
  }

  function settle(transcript: string, isFinal: boolean) {
    if (!emitCurrent) return;
    const last = results[results.length - 1];
    if (last && !last.isFinal) results[results.length - 1] = { transcript, isFinal };
    else results.push({ transcript, isFinal });
    const open = results.findIndex((r) => !r.isFinal);
    emitCurrent('result', {
      resultIndex: open === -1 ? results.length - 1 : open,
      results: resultList(),
    });
  }

  const FakeSpeechRecognition = class {
    [key: string]: unknown;
    constructor() {
      this.lang = '';
      this.continuous = false;
      this.interimResults = false;
      this.maxAlternatives = 1;
      this.processLocally = false;
      const emit = emitterFor(this);
      this.start = () => {
        if (recognition.listening) {
          const error = new Error('recognition has already started');
          error.name = 'InvalidStateError';
          throw error;
        }
        recognition.listening = true;
        recognition.starts.push({
          lang: String(this.lang),
          continuous: Boolean(this.continuous),
          interimResults: Boolean(this.interimResults),
          processLocally: Boolean(this.processLocally),
        });
        results = [];
        current = this;
        emitCurrent = emit;
        // Chromium refuses processLocally until the language pack is installed.
        if (this.processLocally && onDevice !== 'available') {
          later(() => current === this && recognition.fail('language-not-supported'));
          return;
        }
        if (permission === 'granted') later(() => current === this && recognition.open());
        if (permission === 'denied')
          later(() => current === this && recognition.fail('not-allowed'));
      };
      this.stop = () => {
        recognition.stops++;
        if (current !== this) return;
        later(() => {
          if (current !== this) return;
          const last = results[results.length - 1];
          if (last && !last.isFinal) recognition.final(last.transcript);
          recognition.end();
        });
      };
      this.abort = () => {
        recognition.aborts++;
        if (current !== this) return;
        later(() => current === this && recognition.fail('aborted'));
      };
    }
  };

  if (onDevice !== 'no-api') {
    const statics = FakeSpeechRecognition as unknown as Record<string, unknown>;
    statics.available = () => Promise.resolve(onDevice);
    statics.install = () => Promise.resolve(true);
  }
  const mode = options.recognition ?? 'prefixed';
  define('SpeechRecognition', mode === 'standard' ? FakeSpeechRecognition : undefined);
  define('webkitSpeechRecognition', mode === 'prefixed' ? FakeSpeechRecognition : undefined);

  /* ---------- synthesis ---------- */

  const toVoice = (v: FakeVoiceSpec) => ({
    name: v.name,
    lang: v.lang,
    localService: v.localService ?? true,
    default: v.default ?? false,
    voiceURI: v.name,
  });
  let voices = (
    options.voices ?? [
      { name: 'Fake Ada', lang: 'en-US', default: true },
      { name: 'Fake Ben', lang: 'en-US' },
    ]
  ).map(toVoice);
  let queue: Record<string, unknown>[] = [];
  const synthesisTarget: Record<string, unknown> = { onvoiceschanged: null };
  const emitSynthesis = emitterFor(synthesisTarget);
  const fireOn = (utterance: Record<string, unknown>, type: string, extra = {}) => {
    const handler = utterance[`on${type}`];
    if (typeof handler === 'function') handler.call(utterance, { type, utterance, ...extra });
  };
  const synthesis = {
    spoken: [] as FakeSpokenLine[],
    behaviour: options.synthesis === 'none' ? 'ends' : (options.synthesis ?? 'ends'),
    finish() {
      const utterance = queue.shift();
      if (utterance) fireOn(utterance, 'end');
    },
    fail(error: string) {
      const utterance = queue.shift();
      if (utterance) fireOn(utterance, 'error', { error });
    },
    setVoices(next: FakeVoiceSpec[]) {
      voices = next.map(toVoice);
      emitSynthesis('voiceschanged', {});
    },
  };
  Object.assign(synthesisTarget, {
    get speaking() {
      return queue.length > 0;
    },
    get pending() {
      return queue.length > 1;
    },
    paused: false,
    getVoices: () => voices.slice(),
    speak(utterance: Record<string, unknown>) {
      const voice = utterance.voice as { name?: string } | null;
      synthesis.spoken.push({
        text: String(utterance.text),
        voice: voice?.name ?? null,
        lang: String(utterance.lang),
        rate: Number(utterance.rate),
        pitch: Number(utterance.pitch),
      });
      queue.push(utterance);
      later(() => fireOn(utterance, 'start'));
      if (synthesis.behaviour === 'ends') later(() => synthesis.finish());
      if (synthesis.behaviour === 'fails') later(() => synthesis.fail('synthesis-failed'));
    },
    cancel() {
      const [speaking, ...waiting] = queue;
      queue = [];
      if (speaking) fireOn(speaking, 'error', { error: 'interrupted' });
      for (const utterance of waiting) fireOn(utterance, 'error', { error: 'canceled' });
    },
    pause() {},
    resume() {},
  });

  const FakeSpeechSynthesisUtterance = class {
    [key: string]: unknown;
    constructor(text?: string) {
      this.text = text ?? '';
      this.lang = '';
      this.voice = null;
      this.rate = 1;
      this.pitch = 1;
      this.volume = 1;
      this.onstart = null;
      this.onend = null;
      this.onerror = null;
    }
  };

  const withSynthesis = options.synthesis !== 'none';
  define('speechSynthesis', withSynthesis ? synthesisTarget : undefined);
  define('SpeechSynthesisUtterance', withSynthesis ? FakeSpeechSynthesisUtterance : undefined);

  Object.defineProperty(win, '__fakeSpeech', {
    value: { recognition, synthesis },
    configurable: true,
  });
}

/** Source of a script that installs the fakes in a page before the app runs. */
export function fakeSpeechInitScript(options: FakeSpeechOptions = {}): string {
  // Loaders built on esbuild (tsx) wrap named functions in `__name(...)`, a helper that does
  // not exist in the page; an identity stand-in keeps the source runnable there.
  return [
    '(() => {',
    'const __name = (target) => target;',
    `(${installFakeSpeech.toString()})(globalThis, ${JSON.stringify(options)});`,
    '})();',
  ].join('\n');
}

/**
 * Push-to-talk over `SpeechRecognition`. One `start()` gives exactly one outcome: a final line
 * with its speaking time, or a failure with a one-line reason and the words heard so far, so
 * the answer box can keep them when the learner falls back to typing.
 */
import { type RecognitionEnv, type RecognitionLike, recognitionConstructor } from './capabilities';
import type { CancelTimer, Clock } from './clock';
import { type ListenFailure, listenFailure } from './listenFailures';

export {
  canListenOnDevice,
  describePrivacy,
  detectRecognition,
  hasVoiceConsent,
  installOnDevice,
  type RecognitionCapabilities,
  type RecognitionEnv,
} from './capabilities';
export { type ListenFailure, type ListenFailureCode, listenFailure } from './listenFailures';

export type ListenerEvent =
  /** The microphone is live (after any permission prompt). */
  | { type: 'started' }
  /** Everything heard so far, still subject to change. */
  | { type: 'interim'; text: string }
  /** The caller's line, and how long they spoke, in seconds. */
  | { type: 'final'; text: string; seconds: number }
  /** Listening failed; `heard` keeps any words caught before the failure. */
  | ({ type: 'failed'; heard: string } & ListenFailure);

export interface Listener {
  /** False when the browser has no speech recognition at all. */
  readonly supported: boolean;
  /** Starts listening; ignored while already listening. */
  start(): void;
  /** Ends the turn: the words heard so far become the final line. */
  stop(): void;
  /** Drops the turn without an outcome (the learner changed their mind). */
  cancel(): void;
  subscribe(handler: (event: ListenerEvent) => void): () => void;
}

export interface ListenerSettings {
  /** BCP 47 tag, for example `en-US`. */
  language: string;
  /** Ask the browser to keep audio on the device (`processLocally`). */
  onDevice: boolean;
}

export interface BrowserListenerOptions {
  env: RecognitionEnv;
  clock: Clock;
  /** Read at each `start()`. */
  settings: () => ListenerSettings;
  /** Quiet time after the last new words before the turn ends by itself. */
  silenceMs?: number;
  /** Quiet time after the microphone opens, with no words yet, before giving up. */
  startSilenceMs?: number;
  /** How long to wait for the engine's `end` after asking it to stop. */
  stopGraceMs?: number;
}

export const DEFAULT_SILENCE_MS = 2500;
export const DEFAULT_START_SILENCE_MS = 8000;
export const DEFAULT_STOP_GRACE_MS = 2000;

type Handler = (event: ListenerEvent) => void;

function createHub() {
  const handlers = new Set<Handler>();
  return {
    subscribe(handler: Handler) {
      handlers.add(handler);
      return () => {
        handlers.delete(handler);
      };
    },
    emit(event: ListenerEvent) {
      for (const handler of [...handlers]) handler(event);
    },
  };
}

/** A listener for browsers without speech recognition: every start fails over to typing. */
export function createUnsupportedListener(): Listener {
  const hub = createHub();
  return {
    supported: false,
    start: () => hub.emit({ type: 'failed', heard: '', ...listenFailure('unsupported') }),
    stop: () => {},
    cancel: () => {},
    subscribe: hub.subscribe,
  };
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Joins the final and the still-changing parts of the engine's result list. */
function transcriptOf(results: SpeechRecognitionResultList): string {
  const parts: string[] = [];
  for (let i = 0; i < results.length; i++) {
    const transcript = results[i]?.[0]?.transcript;
    if (transcript) parts.push(transcript);
  }
  return tidy(parts.join(' '));
}

/** Push-to-talk over the browser's recognition, or the unsupported listener when it has none. */
export function createBrowserListener(options: BrowserListenerOptions): Listener {
  const Recognition = recognitionConstructor(options.env);
  if (!Recognition) return createUnsupportedListener();
  const { clock, settings } = options;
  const silenceMs = options.silenceMs ?? DEFAULT_SILENCE_MS;
  const startSilenceMs = options.startSilenceMs ?? DEFAULT_START_SILENCE_MS;
  const stopGraceMs = options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS;
  const hub = createHub();
  let session: { stop(): void; cancel(): void } | null = null;

  function start(): void {
    if (session || !Recognition) return;
    const { language, onDevice } = settings();
    let recognition: RecognitionLike;
    try {
      recognition = new Recognition();
    } catch {
      hub.emit({ type: 'failed', heard: '', ...listenFailure('unknown') });
      return;
    }

    const startedAt = clock.now();
    let speechFrom: number | undefined;
    let lastWordsAt: number | undefined;
    let heard = '';
    let finished = false;
    let stopping = false;
    let cancelTimer: CancelTimer = () => {};

    const arm = (ms: number, fire: () => void) => {
      cancelTimer();
      cancelTimer = clock.after(ms, fire);
    };

    const finish = (event: ListenerEvent) => {
      if (finished) return;
      finished = true;
      cancelTimer();
      detach();
      session = null;
      hub.emit(event);
    };

    const conclude = () => {
      if (heard === '') {
        finish({ type: 'failed', heard: '', ...listenFailure('no-speech') });
        return;
      }
      // From the first sound (or the start) to the last new words, so the silence that ends
      // the turn does not count as speaking time.
      const from = speechFrom ?? startedAt;
      const to = lastWordsAt ?? clock.now();
      const seconds = Math.max(0, Math.round((to - from) / 100) / 10);
      finish({ type: 'final', text: heard, seconds });
    };

    const stop = () => {
      if (finished || stopping) return;
      stopping = true;
      arm(stopGraceMs, conclude);
      try {
        recognition.stop();
      } catch {
        conclude();
      }
    };

    const cancel = () => {
      if (finished) return;
      finished = true;
      cancelTimer();
      detach();
      session = null;
      try {
        recognition.abort();
      } catch {
        // Already stopped.
      }
    };

    const markSound = () => {
      speechFrom ??= clock.now();
    };

    recognition.onstart = () => {
      if (finished) return;
      if (!stopping) arm(startSilenceMs, stop);
      hub.emit({ type: 'started' });
    };
    recognition.onsoundstart = markSound;
    recognition.onspeechstart = markSound;
    recognition.onresult = (event) => {
      if (finished) return;
      const text = transcriptOf(event.results);
      if (text === heard || text === '') return;
      heard = text;
      lastWordsAt = clock.now();
      if (!stopping) arm(silenceMs, stop);
      hub.emit({ type: 'interim', text });
    };
    recognition.onerror = (event) => {
      if (finished) return;
      // Words already heard make a line even if the engine then reports silence.
      if (event.error === 'no-speech' && heard !== '') {
        conclude();
        return;
      }
      // With processLocally, this error means the language pack is missing, not the language.
      const code =
        onDevice && event.error === 'language-not-supported'
          ? 'on-device-unavailable'
          : event.error;
      finish({ type: 'failed', heard, ...listenFailure(code) });
    };
    recognition.onend = () => {
      if (!finished) conclude();
    };

    function detach() {
      recognition.onstart = null;
      recognition.onsoundstart = null;
      recognition.onspeechstart = null;
      recognition.onresult = null;
      recognition.onerror = null;
      recognition.onend = null;
    }

    recognition.lang = language;
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.maxAlternatives = 1;
    if (onDevice) recognition.processLocally = true;

    session = { stop, cancel };
    try {
      recognition.start();
    } catch {
      finish({ type: 'failed', heard: '', ...listenFailure('unknown') });
    }
  }

  return {
    supported: true,
    start,
    stop: () => session?.stop(),
    cancel: () => session?.cancel(),
    subscribe: hub.subscribe,
  };
}

/**
 * One spoken caller turn: ask for consent the first time, listen with live words, then either
 * a heard line or a failure that hands over to typing. The listener is an actor, so the UI
 * provides the browser one and tests provide a scripted one.
 */
import { assertEvent, assign, fromCallback, sendTo, setup } from 'xstate';
import type { ListenFailure } from './listenFailures';
import { listenFailure } from './listenFailures';
import { createUnsupportedListener, type Listener } from './recognition';
import type { HeardLine } from './spokenStats';

export interface VoiceTurnContext {
  consentGiven: boolean;
  supported: boolean;
  /** Live words while listening. */
  interim: string;
  heard: HeardLine | null;
  /** With `heard`: words caught before the failure, to pre-fill the answer box. */
  failure: (ListenFailure & { heard: string }) | null;
}

export interface VoiceTurnInput {
  /** From the stored settings: the privacy notice was accepted before. */
  consentGiven?: boolean;
  /** `false` in browsers without speech recognition. */
  supported?: boolean;
}

export type VoiceTurnEvent =
  | { type: 'voice.start' }
  | { type: 'voice.stop' }
  | { type: 'voice.cancel' }
  | { type: 'voice.retry' }
  | { type: 'voice.reset' }
  /** The caller's turn moved on: back to a fresh turn, with consent as it stands now. */
  | { type: 'voice.newTurn'; consentGiven: boolean }
  | { type: 'consent.given'; onDevice: boolean }
  | { type: 'consent.declined' }
  | { type: 'speech.started' }
  | { type: 'speech.interim'; text: string }
  | { type: 'speech.final'; text: string; seconds: number }
  | { type: 'speech.failed'; failure: ListenFailure; heard: string };

/** What the machine tells the running listener. */
export type ListenCommand = { type: 'listener.stop' };

/** The `listen` actor over a `Listener`: starts it on entry, cancels it on exit. */
export function listenWith(listener: Listener) {
  return fromCallback<ListenCommand>(({ sendBack, receive }) => {
    const unsubscribe = listener.subscribe((event) => {
      switch (event.type) {
        case 'started':
          sendBack({ type: 'speech.started' });
          break;
        case 'interim':
          sendBack({ type: 'speech.interim', text: event.text });
          break;
        case 'final':
          sendBack({ type: 'speech.final', text: event.text, seconds: event.seconds });
          break;
        case 'failed': {
          const { type: _type, heard, ...failure } = event;
          sendBack({ type: 'speech.failed', failure, heard });
          break;
        }
      }
    });
    receive(() => listener.stop());
    listener.start();
    return () => {
      unsubscribe();
      listener.cancel();
    };
  });
}

export const voiceTurnMachine = setup({
  types: {
    context: {} as VoiceTurnContext,
    events: {} as VoiceTurnEvent,
    input: {} as VoiceTurnInput,
    tags: {} as 'listening',
  },
  actors: {
    listen: listenWith(createUnsupportedListener()),
  },
  guards: {
    isUnsupported: ({ context }) => !context.supported,
    hasConsent: ({ context }) => context.consentGiven,
    canRetry: ({ context }) => context.supported && (context.failure?.canRetry ?? false),
    isBlankLine: ({ event }) => event.type === 'speech.final' && event.text.trim() === '',
  },
  actions: {
    clearTurn: assign({ interim: '', heard: null, failure: null }),
    takeConsent: assign({
      consentGiven: ({ event }) => {
        assertEvent(event, 'voice.newTurn');
        return event.consentGiven;
      },
    }),
    recordConsent: assign({ consentGiven: true }),
    /** The UI provides this to store the choice in the settings. */
    rememberConsent: (_, _params: { onDevice: boolean }) => {},
    showInterim: assign({
      interim: ({ event }) => {
        assertEvent(event, 'speech.interim');
        return event.text;
      },
    }),
    recordHeard: assign({
      heard: ({ event }) => {
        assertEvent(event, 'speech.final');
        return { text: event.text.trim(), seconds: event.seconds };
      },
    }),
    recordFailure: assign({
      failure: ({ event }) => {
        assertEvent(event, 'speech.failed');
        return { ...event.failure, heard: event.heard };
      },
    }),
    recordNothingHeard: assign({ failure: { ...listenFailure('no-speech'), heard: '' } }),
    recordUnsupported: assign({ failure: { ...listenFailure('unsupported'), heard: '' } }),
    recordDeclined: assign({ failure: { ...listenFailure('declined'), heard: '' } }),
    stopListening: sendTo('listener', { type: 'listener.stop' }),
  },
}).createMachine({
  id: 'voiceTurn',
  context: ({ input }) => ({
    consentGiven: input?.consentGiven ?? false,
    supported: input?.supported ?? true,
    interim: '',
    heard: null,
    failure: null,
  }),
  initial: 'idle',
  on: {
    // From any state: a listener still running is cancelled, a notice still up is closed.
    'voice.newTurn': { target: '.idle', actions: ['clearTurn', 'takeConsent'] },
    'voice.start': [
      { guard: 'isUnsupported', target: '.failed', actions: ['clearTurn', 'recordUnsupported'] },
      { guard: 'hasConsent', target: '.listening', actions: 'clearTurn' },
      { target: '.consentNeeded', actions: 'clearTurn' },
    ],
  },
  states: {
    idle: {},
    consentNeeded: {
      on: {
        'consent.given': {
          target: 'listening',
          actions: [
            'recordConsent',
            {
              type: 'rememberConsent',
              params: ({ event }) => ({ onDevice: event.onDevice }),
            },
          ],
        },
        'consent.declined': { target: 'failed', actions: 'recordDeclined' },
        'voice.cancel': 'idle',
        // The notice is up; a second press of the microphone must not skip it.
        'voice.start': {},
      },
    },
    listening: {
      tags: ['listening'],
      invoke: { id: 'listener', src: 'listen' },
      initial: 'opening',
      states: {
        opening: { on: { 'speech.started': 'live' } },
        live: {},
      },
      on: {
        'speech.interim': { target: '.live', actions: 'showInterim' },
        'speech.final': [
          { guard: 'isBlankLine', target: 'failed', actions: 'recordNothingHeard' },
          { target: 'heard', actions: 'recordHeard' },
        ],
        'speech.failed': { target: 'failed', actions: 'recordFailure' },
        'voice.stop': { actions: 'stopListening' },
        'voice.cancel': { target: 'idle', actions: 'clearTurn' },
        'voice.start': {},
      },
    },
    heard: {
      on: { 'voice.reset': { target: 'idle', actions: 'clearTurn' } },
    },
    failed: {
      on: {
        'voice.retry': { guard: 'canRetry', target: 'listening', actions: 'clearTurn' },
        'voice.reset': { target: 'idle', actions: 'clearTurn' },
      },
    },
  },
});

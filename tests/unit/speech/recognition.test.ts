import { describe, expect, it } from 'vitest';
import type { RecognitionEnv } from '../../../src/speech/capabilities';
import { LISTEN_FAILURE_CODES, listenFailure } from '../../../src/speech/listenFailures';
import {
  createBrowserListener,
  type ListenerEvent,
  type ListenerSettings,
} from '../../../src/speech/recognition';
import {
  type FakeRecognitionEnvOptions,
  FakeSpeechRecognition,
  fakeRecognitionEnv,
  ManualClock,
} from './fakes';

const SILENCE_MS = 2000;
const START_SILENCE_MS = 8000;
const STOP_GRACE_MS = 1500;

function setup(
  overrides: Partial<FakeRecognitionEnvOptions> & {
    settings?: Partial<ListenerSettings>;
    env?: RecognitionEnv;
  } = {},
) {
  const clock = new ManualClock(1000);
  const fake = fakeRecognitionEnv(overrides);
  const settings: ListenerSettings = { language: 'en-US', onDevice: false, ...overrides.settings };
  const listener = createBrowserListener({
    env: overrides.env ?? fake.env,
    clock,
    settings: () => settings,
    silenceMs: SILENCE_MS,
    startSilenceMs: START_SILENCE_MS,
    stopGraceMs: STOP_GRACE_MS,
  });
  const events: ListenerEvent[] = [];
  listener.subscribe((event) => events.push(event));
  const outcomes = () => events.filter((e) => e.type === 'final' || e.type === 'failed');
  return { clock, fake, listener, events, settings, outcomes };
}

describe('browser listener', () => {
  it('listens continuously with live words in the chosen language', () => {
    const { fake, listener } = setup({ settings: { language: 'en-GB' } });
    listener.start();
    expect(fake.latest).toMatchObject({
      lang: 'en-GB',
      continuous: true,
      interimResults: true,
      processLocally: false,
    });
  });

  it('asks the browser to keep audio on the device when on-device is chosen', () => {
    const { fake, listener } = setup({ settings: { onDevice: true } });
    listener.start();
    expect(fake.latest.processLocally).toBe(true);
  });

  it('uses the prefixed webkitSpeechRecognition when that is all the browser has', () => {
    const { fake, listener, events } = setup({ prefixed: true });
    expect(fake.env.SpeechRecognition).toBeUndefined();
    listener.start();
    fake.latest.final('hello');
    listener.stop();
    expect(events.at(-1)).toMatchObject({ type: 'final', text: 'hello' });
  });

  it('announces when the microphone is live', () => {
    const { listener, events } = setup();
    listener.start();
    expect(events).toEqual([{ type: 'started' }]);
  });

  it('reports everything heard so far as interim words', () => {
    const { fake, listener, events } = setup();
    listener.start();
    fake.latest.interim('hi');
    fake.latest.final('hi this is Sam');
    fake.latest.interim(' calling about');
    expect(events.filter((e) => e.type === 'interim')).toEqual([
      { type: 'interim', text: 'hi' },
      { type: 'interim', text: 'hi this is Sam' },
      { type: 'interim', text: 'hi this is Sam calling about' },
    ]);
  });

  it('measures speaking time from the first sound to the last new words', () => {
    const { clock, fake, listener, events } = setup();
    listener.start();
    clock.advance(700);
    fake.latest.hearSound();
    clock.advance(1000);
    fake.latest.interim('hello Priya');
    clock.advance(1500);
    fake.latest.final('hello Priya it is Sam');
    clock.advance(SILENCE_MS);
    expect(events.at(-1)).toEqual({ type: 'final', text: 'hello Priya it is Sam', seconds: 2.5 });
  });

  it('measures from the start of listening when the engine reports no sound', () => {
    const { clock, fake, listener, events } = setup();
    listener.start();
    clock.advance(3000);
    fake.latest.final('hello');
    listener.stop();
    expect(events.at(-1)).toMatchObject({ type: 'final', seconds: 3 });
  });

  it('stops on its own after the silence that follows the last words', () => {
    const { clock, fake, listener } = setup();
    listener.start();
    fake.latest.interim('is the position');
    clock.advance(SILENCE_MS - 1);
    fake.latest.interim('is the position still open');
    clock.advance(SILENCE_MS - 1);
    expect(fake.latest.stopCalls).toBe(0);
    clock.advance(1);
    expect(fake.latest.stopCalls).toBe(1);
  });

  it('ends the turn with the words heard when the learner lets go of the button', () => {
    const { fake, listener, outcomes } = setup();
    listener.start();
    fake.latest.interim('thanks for your time');
    listener.stop();
    expect(outcomes()).toEqual([{ type: 'final', text: 'thanks for your time', seconds: 0 }]);
  });

  it('keeps unfinished words as the line when the engine ends without finalising them', () => {
    const { fake, listener, outcomes } = setup();
    listener.start();
    fake.latest.interim('still interested');
    fake.latest.end();
    expect(outcomes()).toMatchObject([{ type: 'final', text: 'still interested' }]);
  });

  it('finishes with the words heard when the engine never ends after being stopped', () => {
    const { clock, fake, listener, outcomes } = setup({ onStop: 'hangs' });
    listener.start();
    fake.latest.final('goodbye');
    listener.stop();
    expect(outcomes()).toEqual([]);
    clock.advance(STOP_GRACE_MS);
    expect(outcomes()).toMatchObject([{ type: 'final', text: 'goodbye' }]);
  });

  it('gives up with "no speech" when nothing is said after the microphone opens', () => {
    const { clock, fake, listener, outcomes } = setup();
    listener.start();
    clock.advance(START_SILENCE_MS);
    expect(fake.latest.stopCalls).toBe(1);
    expect(outcomes()).toEqual([{ type: 'failed', heard: '', ...listenFailure('no-speech') }]);
  });

  it('does not time out while the browser asks for microphone permission', () => {
    const { clock, fake, listener, events } = setup({ onStart: 'pending' });
    listener.start();
    clock.advance(60_000);
    expect(events).toEqual([]);
    fake.latest.open();
    expect(events).toEqual([{ type: 'started' }]);
  });

  it('reports no speech when the learner stops before saying anything', () => {
    const { listener, outcomes } = setup();
    listener.start();
    listener.stop();
    expect(outcomes()).toMatchObject([{ type: 'failed', code: 'no-speech', canRetry: true }]);
  });

  it('treats an engine "no-speech" after some words as the end of the line', () => {
    const { fake, listener, outcomes } = setup();
    listener.start();
    fake.latest.final('bye for now');
    fake.latest.fail('no-speech');
    expect(outcomes()).toMatchObject([{ type: 'final', text: 'bye for now' }]);
  });

  it('keeps the words heard before a failure so the answer box can show them', () => {
    const { fake, listener, outcomes } = setup();
    listener.start();
    fake.latest.interim('I was wondering whether');
    fake.latest.fail('network');
    expect(outcomes()).toMatchObject([
      { type: 'failed', code: 'network', heard: 'I was wondering whether' },
    ]);
  });

  it('gives exactly one outcome per start even when the engine sends error then end', () => {
    const { fake, listener, outcomes, clock } = setup();
    listener.start();
    fake.latest.fail('audio-capture');
    clock.advance(60_000);
    expect(outcomes()).toHaveLength(1);
    expect(clock.pending).toBe(0);
  });

  it('drops the turn without any outcome when cancelled', () => {
    const { fake, listener, outcomes } = setup();
    listener.start();
    fake.latest.interim('never mind');
    listener.cancel();
    expect(fake.latest.abortCalls).toBe(1);
    expect(outcomes()).toEqual([]);
  });

  it('ignores a second start while already listening', () => {
    const { fake, listener } = setup();
    listener.start();
    listener.start();
    expect(fake.instances).toHaveLength(1);
  });

  it('starts afresh for the next turn', () => {
    const { fake, listener, outcomes } = setup();
    listener.start();
    fake.latest.final('first line');
    listener.stop();
    listener.start();
    fake.latest.final('second line');
    listener.stop();
    expect(fake.instances).toHaveLength(2);
    expect(outcomes().map((e) => e.type === 'final' && e.text)).toEqual([
      'first line',
      'second line',
    ]);
  });

  it('falls back to typing when the engine refuses to start', () => {
    const Refusing = class extends FakeSpeechRecognition {
      override start(): void {
        throw new DOMException('busy', 'InvalidStateError');
      }
    };
    const { listener, outcomes } = setup({ env: { SpeechRecognition: Refusing } });
    listener.start();
    expect(outcomes()).toMatchObject([{ type: 'failed', code: 'unknown', fallback: 'typing' }]);
  });
});

describe('listening failures', () => {
  it('falls back to typing in a browser without speech recognition', () => {
    const { listener, outcomes } = setup({ env: {} });
    expect(listener.supported).toBe(false);
    listener.start();
    expect(outcomes()).toEqual([
      {
        type: 'failed',
        heard: '',
        code: 'unsupported',
        reason: 'This browser cannot turn speech into text, so type your answer instead.',
        fallback: 'typing',
        canRetry: false,
      },
    ]);
  });

  const cases: [SpeechRecognitionErrorCode, boolean, RegExp][] = [
    ['not-allowed', false, /microphone is blocked/],
    ['service-not-allowed', false, /speech service is turned off/],
    ['network', true, /could not be reached/],
    ['no-speech', true, /No speech was heard; try again or type/],
    ['audio-capture', false, /No microphone was found/],
    ['aborted', true, /interrupted/],
    ['language-not-supported', false, /not ready for this language/],
  ];

  for (const [code, canRetry, reason] of cases) {
    it(`falls back to typing with a one-line reason when the engine reports "${code}"`, () => {
      const { fake, listener, outcomes } = setup({ onStart: code });
      listener.start();
      expect(fake.instances).toHaveLength(1);
      const [outcome] = outcomes();
      expect(outcome).toMatchObject({ type: 'failed', code, fallback: 'typing', canRetry });
      expect(outcome?.type === 'failed' && outcome.reason).toMatch(reason);
    });
  }

  it('says on-device recognition is missing when the device cannot listen in the language', () => {
    const { listener, outcomes } = setup({
      onStart: 'language-not-supported',
      settings: { onDevice: true },
    });
    listener.start();
    expect(outcomes()).toMatchObject([
      { type: 'failed', code: 'on-device-unavailable', fallback: 'typing', canRetry: false },
    ]);
  });

  it('explains an error it does not know in general terms', () => {
    const failure = listenFailure('phrases-not-supported');
    expect(failure).toMatchObject({ code: 'unknown', fallback: 'typing' });
    expect(failure.reason).toMatch(/type your answer/);
  });

  it('gives every failure one plain sentence that mentions typing', () => {
    for (const code of LISTEN_FAILURE_CODES) {
      const { reason, fallback } = listenFailure(code);
      expect(reason).not.toMatch(/\n/);
      expect(reason.length).toBeLessThanOrEqual(110);
      expect(reason).toMatch(/\.$/);
      expect(reason).toMatch(/type/);
      expect(fallback).toBe('typing');
    }
  });
});

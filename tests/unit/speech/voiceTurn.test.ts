import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { listenFailure } from '../../../src/speech/listenFailures';
import { createBrowserListener, type Listener } from '../../../src/speech/recognition';
import {
  listenWith,
  type VoiceTurnEvent,
  type VoiceTurnInput,
  voiceTurnMachine,
} from '../../../src/speech/voiceTurn';
import { FakeListener, fakeRecognitionEnv, ManualClock } from './fakes';

/** A voice turn over a listener, with a log of consents the UI would store. */
function voiceTurn(listener: Listener, input: VoiceTurnInput = {}) {
  const remembered: boolean[] = [];
  const machine = voiceTurnMachine.provide({
    actors: { listen: listenWith(listener) },
    actions: { rememberConsent: (_, params) => remembered.push(params.onDevice) },
  });
  const actor = createActor(machine, { input }).start();
  const send = (...events: VoiceTurnEvent[]) => {
    for (const event of events) actor.send(event);
    return actor.getSnapshot();
  };
  return { actor, send, remembered, snapshot: () => actor.getSnapshot() };
}

describe('voice turn', () => {
  it('waits in idle until the microphone is pressed', () => {
    const { snapshot } = voiceTurn(new FakeListener());
    expect(snapshot().value).toBe('idle');
    expect(snapshot().can({ type: 'voice.start' })).toBe(true);
  });

  it('shows the privacy notice before the microphone is first used', () => {
    const listener = new FakeListener();
    const { send } = voiceTurn(listener);
    expect(send({ type: 'voice.start' }).value).toBe('consentNeeded');
    expect(listener.startCalls).toBe(0);
  });

  it('starts listening once the notice is accepted, and remembers the choice', () => {
    const listener = new FakeListener();
    const { send, remembered } = voiceTurn(listener);
    const state = send({ type: 'voice.start' }, { type: 'consent.given', onDevice: true });
    expect(state.matches({ listening: 'opening' })).toBe(true);
    expect(state.hasTag('listening')).toBe(true);
    expect(state.context.consentGiven).toBe(true);
    expect(remembered).toEqual([true]);
    expect(listener.startCalls).toBe(1);
  });

  it('skips the notice when consent was given on an earlier visit', () => {
    const { send } = voiceTurn(new FakeListener(), { consentGiven: true });
    expect(send({ type: 'voice.start' }).matches('listening')).toBe(true);
  });

  it('does not let a second press skip the privacy notice', () => {
    const { send } = voiceTurn(new FakeListener());
    send({ type: 'voice.start' });
    expect(send({ type: 'voice.start' }).value).toBe('consentNeeded');
  });

  it('falls back to typing when the learner declines the notice', () => {
    const listener = new FakeListener();
    const { send } = voiceTurn(listener);
    const state = send({ type: 'voice.start' }, { type: 'consent.declined' });
    expect(state.value).toBe('failed');
    expect(state.context.failure).toMatchObject({ code: 'declined', fallback: 'typing' });
    expect(listener.startCalls).toBe(0);
  });

  it('closes the notice without listening when cancelled', () => {
    const { send } = voiceTurn(new FakeListener());
    expect(send({ type: 'voice.start' }, { type: 'voice.cancel' }).value).toBe('idle');
  });

  it('goes live when the microphone opens and shows interim words', () => {
    const listener = new FakeListener();
    const { send, snapshot } = voiceTurn(listener, { consentGiven: true });
    send({ type: 'voice.start' });
    listener.emit({ type: 'started' });
    expect(snapshot().matches({ listening: 'live' })).toBe(true);
    listener.emit({ type: 'interim', text: 'hi this is' });
    expect(snapshot().context.interim).toBe('hi this is');
  });

  it('ends with the heard line and its speaking time', () => {
    const listener = new FakeListener();
    const { send, snapshot } = voiceTurn(listener, { consentGiven: true });
    send({ type: 'voice.start' });
    listener.emit({ type: 'final', text: ' Is the role still open? ', seconds: 2.4 });
    expect(snapshot().value).toBe('heard');
    expect(snapshot().context.heard).toEqual({ text: 'Is the role still open?', seconds: 2.4 });
    expect(listener.subscribers).toBe(0);
  });

  it('ignores another press of the microphone while listening', () => {
    const listener = new FakeListener();
    const { send } = voiceTurn(listener, { consentGiven: true });
    send({ type: 'voice.start' });
    listener.emit({ type: 'interim', text: 'hello' });
    const state = send({ type: 'voice.start' });
    expect(listener.startCalls).toBe(1);
    expect(state.context.interim).toBe('hello');
  });

  it('asks the listener to finish when the button is released', () => {
    const listener = new FakeListener();
    const { send } = voiceTurn(listener, { consentGiven: true });
    send({ type: 'voice.start' }, { type: 'voice.stop' });
    expect(listener.stopCalls).toBe(1);
  });

  it('cancels the listener and returns to idle when the turn is abandoned', () => {
    const listener = new FakeListener();
    const { send } = voiceTurn(listener, { consentGiven: true });
    expect(send({ type: 'voice.start' }, { type: 'voice.cancel' }).value).toBe('idle');
    expect(listener.cancelCalls).toBe(1);
    expect(listener.subscribers).toBe(0);
  });

  it('fails over to typing with the reason and the words heard so far', () => {
    const listener = new FakeListener();
    const { send, snapshot } = voiceTurn(listener, { consentGiven: true });
    send({ type: 'voice.start' });
    listener.emit({ type: 'failed', heard: 'I was', ...listenFailure('network') });
    expect(snapshot().value).toBe('failed');
    expect(snapshot().context.failure).toEqual({ ...listenFailure('network'), heard: 'I was' });
  });

  it('treats a blank final line as no speech heard', () => {
    const listener = new FakeListener();
    const { send, snapshot } = voiceTurn(listener, { consentGiven: true });
    send({ type: 'voice.start' });
    listener.emit({ type: 'final', text: '  ', seconds: 1 });
    expect(snapshot().context.failure?.code).toBe('no-speech');
  });

  it('lets the learner try again after no speech was heard', () => {
    const listener = new FakeListener();
    const { send, snapshot } = voiceTurn(listener, { consentGiven: true });
    send({ type: 'voice.start' });
    listener.emit({ type: 'failed', heard: '', ...listenFailure('no-speech') });
    expect(snapshot().can({ type: 'voice.retry' })).toBe(true);
    const state = send({ type: 'voice.retry' });
    expect(state.matches('listening')).toBe(true);
    expect(state.context.failure).toBeNull();
    expect(listener.startCalls).toBe(2);
  });

  it('offers no retry when the microphone is blocked', () => {
    const listener = new FakeListener();
    const { send, snapshot } = voiceTurn(listener, { consentGiven: true });
    send({ type: 'voice.start' });
    listener.emit({ type: 'failed', heard: '', ...listenFailure('not-allowed') });
    expect(snapshot().can({ type: 'voice.retry' })).toBe(false);
    expect(send({ type: 'voice.retry' }).value).toBe('failed');
  });

  it('goes straight to typing in a browser without recognition, without the notice', () => {
    const listener = new FakeListener({ supported: false });
    const { send } = voiceTurn(listener, { supported: false });
    const state = send({ type: 'voice.start' });
    expect(state.value).toBe('failed');
    expect(state.context.failure?.code).toBe('unsupported');
    expect(listener.startCalls).toBe(0);
  });

  it('starts the next turn from a heard line, clearing the last one', () => {
    const listener = new FakeListener();
    const { send, snapshot } = voiceTurn(listener, { consentGiven: true });
    send({ type: 'voice.start' });
    listener.emit({ type: 'final', text: 'Hello', seconds: 1 });
    send({ type: 'voice.start' });
    expect(snapshot().matches('listening')).toBe(true);
    expect(snapshot().context.heard).toBeNull();
  });

  it('returns to idle on reset', () => {
    const listener = new FakeListener();
    const { send } = voiceTurn(listener, { consentGiven: true });
    send({ type: 'voice.start' });
    listener.emit({ type: 'final', text: 'Hello', seconds: 1 });
    const state = send({ type: 'voice.reset' });
    expect(state.value).toBe('idle');
    expect(state.context.heard).toBeNull();
  });

  it('starts a new caller turn from listening: the listener is cancelled, the words dropped', () => {
    const listener = new FakeListener();
    const { send } = voiceTurn(listener, { consentGiven: true });
    send({ type: 'voice.start' });
    listener.emit({ type: 'interim', text: 'Is the' });
    const state = send({ type: 'voice.newTurn', consentGiven: true });
    expect(state.value).toBe('idle');
    expect(state.context.interim).toBe('');
    expect(listener.cancelCalls).toBe(1);
  });

  it('starts a new caller turn from a failure or an open notice, with consent as it is now', () => {
    const { send } = voiceTurn(new FakeListener(), { consentGiven: true });
    send(
      { type: 'voice.start' },
      { type: 'speech.failed', failure: listenFailure('network'), heard: '' },
    );
    const fresh = send({ type: 'voice.newTurn', consentGiven: false });
    expect(fresh.value).toBe('idle');
    expect(fresh.context.failure).toBeNull();
    expect(send({ type: 'voice.start' }).value).toBe('consentNeeded');
    const closed = send({ type: 'voice.newTurn', consentGiven: false });
    expect(closed.value).toBe('idle');
  });

  it('fails over to typing with the default listen actor, which has no recognition', () => {
    const actor = createActor(voiceTurnMachine, { input: { consentGiven: true } }).start();
    actor.send({ type: 'voice.start' });
    expect(actor.getSnapshot().context.failure?.code).toBe('unsupported');
  });
});

describe('voice turn over the browser listener', () => {
  function browserTurn(options: Parameters<typeof fakeRecognitionEnv>[0] = {}) {
    const clock = new ManualClock();
    const fake = fakeRecognitionEnv(options);
    const listener = createBrowserListener({
      env: fake.env,
      clock,
      settings: () => ({ language: 'en-US', onDevice: false }),
    });
    return { clock, fake, ...voiceTurn(listener, { consentGiven: true }) };
  }

  it('hears a spoken line that ends in silence', () => {
    const { clock, fake, send, snapshot } = browserTurn();
    send({ type: 'voice.start' });
    fake.latest.hearSound();
    clock.advance(1500);
    fake.latest.final('Is the position still open?');
    clock.advance(5000);
    expect(snapshot().value).toBe('heard');
    expect(snapshot().context.heard).toEqual({ text: 'Is the position still open?', seconds: 1.5 });
  });

  it('fails over to typing when microphone permission is denied', () => {
    const { send, snapshot } = browserTurn({ onStart: 'not-allowed' });
    send({ type: 'voice.start' });
    expect(snapshot().value).toBe('failed');
    expect(snapshot().context.failure).toMatchObject({ code: 'not-allowed', fallback: 'typing' });
  });

  it('aborts the engine when the turn is cancelled, without reporting a failure', () => {
    const { fake, send } = browserTurn();
    send({ type: 'voice.start' });
    const state = send({ type: 'voice.cancel' });
    expect(state.value).toBe('idle');
    expect(state.context.failure).toBeNull();
    expect(fake.latest.abortCalls).toBe(1);
  });
});

import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createSpeechKit, type SpeechWindow } from '../../../src/speech/browser';
import { describePrivacy } from '../../../src/speech/capabilities';
import type { ListenerEvent } from '../../../src/speech/recognition';
import { DEFAULT_VOICE_SETTINGS, type VoiceSettings } from '../../../src/speech/settings';
import { speechTimeoutMs } from '../../../src/speech/synthesis';
import {
  type FakeSpeechOptions,
  type FakeSpeechWindow,
  fakeSpeechInitScript,
} from './fakeSpeechInit';
import { flushPromises, ManualClock } from './fakes';

/** A bare JavaScript realm with the init script run in it, as a page would before the app. */
function page(options: FakeSpeechOptions = {}, settings: Partial<VoiceSettings> = {}) {
  const win = vm.createContext({}) as SpeechWindow & FakeSpeechWindow;
  vm.runInContext(fakeSpeechInitScript(options), win);
  const clock = new ManualClock();
  const kit = createSpeechKit({
    settings: () => ({ ...DEFAULT_VOICE_SETTINGS, ...settings }),
    clock,
    win,
  });
  const events: ListenerEvent[] = [];
  kit.listener.subscribe((event) => events.push(event));
  return { win, fake: win.__fakeSpeech, clock, kit, events, last: () => events.at(-1) };
}

describe('fake speech init script', () => {
  it('installs a prefixed recognition and voices by default, like Chrome', () => {
    const { win, kit } = page();
    expect(win.SpeechRecognition).toBeUndefined();
    expect(typeof win.webkitSpeechRecognition).toBe('function');
    expect(kit.speaker.available()).toBe(true);
  });

  it('speaks lines with distinct fake voices and lets them end', async () => {
    const { fake, kit } = page();
    const said = kit.speaker.speak({ text: 'Front desk, Dana speaking.', role: 'receptionist' });
    await flushPromises();
    expect(await said).toBe('done');
    await kit.speaker.speak({ text: 'Priya here.', role: 'interviewer' });
    expect(fake.synthesis.spoken.map((l) => l.voice)).toEqual(['Fake Ben', 'Fake Ada']);
  });

  it('lets a line that never ends settle by the timeout', async () => {
    const { clock, kit } = page({ synthesis: 'never' });
    const text = 'Please leave a message after the tone.';
    const said = kit.speaker.speak({ text, role: 'voicemail' });
    clock.advance(speechTimeoutMs(text, 1));
    expect(await said).toBe('done');
  });

  it('falls back to a silent speaker without speechSynthesis', async () => {
    const { kit } = page({ synthesis: 'none' });
    expect(kit.speaker.available()).toBe(false);
    expect(await kit.speaker.speak({ text: 'Hello.', role: 'interviewer' })).toBe('skipped');
  });

  it('falls back to a silent speaker when the browser has no voices', async () => {
    const { kit } = page({ voices: [] });
    expect(kit.speaker.available()).toBe(false);
  });

  it('hears a line the test says and ends the turn on silence', async () => {
    const { clock, fake, kit, last } = page();
    kit.listener.start();
    await flushPromises();
    expect(fake.recognition.listening).toBe(true);
    fake.recognition.say('Is the position still open?');
    clock.advance(5000);
    await flushPromises();
    expect(last()).toMatchObject({ type: 'final', text: 'Is the position still open?' });
    expect(fake.recognition.listening).toBe(false);
    expect(fake.recognition.starts).toEqual([
      { lang: 'en-US', continuous: true, interimResults: true, processLocally: false },
    ]);
  });

  it('shows interim words before the final line', async () => {
    const { fake, kit, events } = page();
    kit.listener.start();
    await flushPromises();
    fake.recognition.interim('is the');
    expect(events.at(-1)).toEqual({ type: 'interim', text: 'is the' });
  });

  it('fails over to typing when microphone permission is denied', async () => {
    const { kit, last } = page({ permission: 'denied' });
    kit.listener.start();
    await flushPromises();
    expect(last()).toMatchObject({ type: 'failed', code: 'not-allowed', fallback: 'typing' });
  });

  it('waits for the permission prompt before the microphone opens', async () => {
    const { clock, fake, kit, events } = page({ permission: 'prompt' });
    kit.listener.start();
    clock.advance(30_000);
    await flushPromises();
    expect(events).toEqual([]);
    fake.recognition.open();
    expect(events).toEqual([{ type: 'started' }]);
  });

  for (const code of ['no-speech', 'network', 'service-not-allowed', 'audio-capture', 'aborted']) {
    it(`fails over to typing when the test makes the engine report "${code}"`, async () => {
      const { fake, kit, last } = page();
      kit.listener.start();
      await flushPromises();
      fake.recognition.fail(code);
      expect(last()).toMatchObject({ type: 'failed', code, fallback: 'typing' });
    });
  }

  it('behaves like Firefox when recognition is removed', async () => {
    const { kit, last } = page({ recognition: 'none' });
    expect(kit.listener.supported).toBe(false);
    expect((await kit.capabilities()).supported).toBe(false);
    kit.listener.start();
    expect(last()).toMatchObject({ type: 'failed', code: 'unsupported' });
  });

  it('offers on-device recognition when the fake says it is available', async () => {
    const { kit } = page({ recognition: 'standard', onDevice: 'available' });
    const capabilities = await kit.capabilities();
    expect(capabilities).toEqual({ supported: true, onDevice: 'available' });
    expect(describePrivacy(capabilities)).toMatch(/stays on this computer/);
  });

  it('listens on the device when the learner chose it and the device can', async () => {
    const { clock, fake, kit, last } = page(
      { recognition: 'standard', onDevice: 'available' },
      { onDevice: true },
    );
    kit.listener.start();
    await flushPromises();
    fake.recognition.say('Thank you for your time.');
    clock.advance(5000);
    await flushPromises();
    expect(fake.recognition.starts[0]?.processLocally).toBe(true);
    expect(last()).toMatchObject({ type: 'final', text: 'Thank you for your time.' });
  });

  it('fails over to typing when on-device listening is asked for but not installed', async () => {
    const { kit, last } = page({ onDevice: 'downloadable' }, { onDevice: true });
    kit.listener.start();
    await flushPromises();
    expect(last()).toMatchObject({ type: 'failed', code: 'on-device-unavailable' });
  });

  it('counts the stops and aborts the app makes', async () => {
    const { fake, kit } = page();
    kit.listener.start();
    await flushPromises();
    kit.listener.cancel();
    await flushPromises();
    expect(fake.recognition.aborts).toBe(1);
    expect(fake.recognition.listening).toBe(false);
  });
});

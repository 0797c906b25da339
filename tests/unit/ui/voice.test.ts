import { describe, expect, it } from 'vitest';
import type { AttemptRecord, TranscriptLine } from '../../../src/scenario/campaignTypes';
import { VOICE_SETTINGS_KEY } from '../../../src/speech/settings';
import { createBrowserVoiceRuntime } from '../../../src/ui/voice/browserRuntime';
import {
  latestTheirLinesFrom,
  linesToVoice,
  startingCursor,
} from '../../../src/ui/voice/linesToVoice';
import { createLineVoicer } from '../../../src/ui/voice/lineVoicer';
import { HOLD_MS, isTalkShortcut, pressed, released } from '../../../src/ui/voice/pushToTalk';
import { voiceLoader } from '../../../src/ui/voice/runtime';
import { messageStart, turnKeyOf } from '../../../src/ui/voice/useVoicedLines';
import {
  createVoiceSettings,
  describeRate,
  onDeviceChange,
} from '../../../src/ui/voice/voiceSettings';
import { FakeSpeaker, FakeTone } from '../../helpers/voiceFakes';
import { FakeSpeechSynthesis, fakeRecognitionEnv, fakeStore } from '../speech/fakes';

const them = (text: string): TranscriptLine => ({
  speaker: 'them',
  role: 'interviewer',
  text,
  nodeId: 'n',
});
const me = (text: string): TranscriptLine => ({ speaker: 'me', role: 'caller', text, nodeId: 'n' });

describe('the line voicer', () => {
  it('speaks a batch of lines in order, then the tone when asked', async () => {
    const speaker = new FakeSpeaker();
    const tone = new FakeTone();
    const voicer = createLineVoicer(speaker, tone);
    const result = await voicer.play(
      [
        { text: 'Hello.', role: 'receptionist' },
        { text: 'Putting you through.', role: 'receptionist' },
      ],
      { beepAfter: true },
    );
    expect(result).toBe('done');
    expect(speaker.spoken.map((l) => l.text)).toEqual(['Hello.', 'Putting you through.']);
    expect(tone.beeps).toBe(1);
  });

  it('gives way to a newer batch: the rest of the older one is dropped', async () => {
    const speaker = new FakeSpeaker('manual');
    const voicer = createLineVoicer(speaker, new FakeTone());
    const first = voicer.play([
      { text: 'One.', role: 'interviewer' },
      { text: 'Two.', role: 'interviewer' },
    ]);
    const second = voicer.play([{ text: 'Three.', role: 'interviewer' }]);
    expect(await first).toBe('superseded');
    speaker.finish();
    expect(await second).toBe('done');
    expect(speaker.spoken.map((l) => l.text)).toEqual(['One.', 'Three.']);
  });

  it('stops at once and plays no tone when hushed', async () => {
    const speaker = new FakeSpeaker('manual');
    const tone = new FakeTone();
    const voicer = createLineVoicer(speaker, tone);
    const playing = voicer.play(
      [
        { text: 'Leave a message.', role: 'voicemail' },
        { text: 'After the tone.', role: 'voicemail' },
      ],
      { beepAfter: true },
    );
    voicer.hush();
    expect(await playing).toBe('hushed');
    expect(speaker.cancelCalls).toBe(1);
    expect(speaker.spoken).toHaveLength(1);
    expect(tone.beeps).toBe(0);
  });
});

describe('which lines to speak', () => {
  it('starts a call at the other side’s latest lines, elsewhere at the end', () => {
    const turns = [them('Hi.'), me('Hello.'), them('Yes?'), them('Anyone there?')];
    expect(latestTheirLinesFrom(turns)).toBe(2);
    expect(startingCursor(1, turns, true)).toEqual({ call: 1, next: 2 });
    expect(startingCursor(1, turns, false)).toEqual({ call: 1, next: 4 });
  });

  it('takes only their new lines, and starts again on a new call', () => {
    const turns = [them('Hi.'), me('Hello.'), them('Yes?')];
    const next = linesToVoice({ call: 1, next: 1 }, 1, turns);
    expect(next.lines).toEqual([{ text: 'Yes?', role: 'interviewer' }]);
    expect(next.cursor).toEqual({ call: 1, next: 3 });
    expect(linesToVoice(next.cursor, 2, [them('Voicemail.')]).lines).toEqual([
      { text: 'Voicemail.', role: 'interviewer' },
    ]);
  });

  it('times the message from the tone with voice, from the answer without', () => {
    const attempts = [{ turns: [them('Leave a message.')] }] as AttemptRecord[];
    expect(turnKeyOf(attempts)).toBe('1:1');
    expect(messageStart(false, undefined, attempts, 500)).toBe(500);
    expect(messageStart(true, undefined, attempts, 500)).toBeUndefined();
    expect(messageStart(true, { turn: '1:1', at: 900 }, attempts, 500)).toBe(900);
    expect(messageStart(true, { turn: '1:0', at: 900 }, attempts, 500)).toBeUndefined();
  });
});

describe('push-to-talk', () => {
  it('starts on a press, and a second press stops', () => {
    expect(pressed(false, 0).command).toBe('voice.start');
    expect(pressed(true, 0).command).toBe('voice.stop');
  });

  it('stops on release after a hold, not after a tap', () => {
    const { press } = pressed(false, 1000);
    expect(released(press, 1000 + HOLD_MS - 1)).toBeNull();
    expect(released(press, 1000 + HOLD_MS)).toBe('voice.stop');
    expect(released(pressed(true, 0).press, 5000)).toBeNull();
    expect(released(null, 5000)).toBeNull();
  });

  it('knows its shortcut by key position, without other modifiers', () => {
    const keys = { altKey: true, ctrlKey: false, metaKey: false, shiftKey: false };
    expect(isTalkShortcut({ ...keys, code: 'KeyM' })).toBe(true);
    expect(isTalkShortcut({ ...keys, code: 'KeyN' })).toBe(false);
    expect(isTalkShortcut({ ...keys, ctrlKey: true, code: 'KeyM' })).toBe(false);
    expect(isTalkShortcut({ ...keys, altKey: false, code: 'KeyM' })).toBe(false);
  });
});

describe('the voice settings handle', () => {
  it('reads the stored settings and tells subscribers of changes', () => {
    const store = fakeStore({ items: { [VOICE_SETTINGS_KEY]: '{"rate":1.5}' } });
    const settings = createVoiceSettings(store);
    expect(settings.get().rate).toBe(1.5);
    let heard = 0;
    const stop = settings.subscribe(() => heard++);
    expect(settings.update({ voicesOn: false })).toBe(true);
    expect(JSON.parse(store.items.get(VOICE_SETTINGS_KEY) ?? '{}')).toMatchObject({
      rate: 1.5,
      voicesOn: false,
    });
    stop();
    settings.update({ voicesOn: true });
    expect(heard).toBe(1);
  });

  it('keeps a change for the visit when the store refuses it', () => {
    const settings = createVoiceSettings(fakeStore({ failing: 'write' }));
    expect(settings.update({ microphoneOn: false })).toBe(false);
    expect(settings.get().microphoneOn).toBe(false);
  });

  it('asks for consent again when on-device listening is switched off', () => {
    const base = createVoiceSettings(fakeStore()).get();
    expect(onDeviceChange({ ...base, onDevice: true, consentGiven: true }, false)).toEqual({
      onDevice: false,
      consentGiven: false,
    });
    expect(onDeviceChange({ ...base, consentGiven: true }, true)).toEqual({ onDevice: true });
  });

  it('describes the speaking rate in words', () => {
    expect(describeRate(1)).toBe('1× (normal)');
    expect(describeRate(0.75)).toBe('0.75× (slower)');
    expect(describeRate(1.5)).toBe('1.5× (faster)');
  });
});

describe('loading the runtime', () => {
  it('creates it once, on the first load', async () => {
    let made = 0;
    const runtime = createBrowserVoiceRuntime({ win: {}, store: fakeStore() });
    const loader = voiceLoader(async () => {
      made++;
      return runtime;
    });
    expect(loader.current()).toBeUndefined();
    await Promise.all([loader.load(), loader.load()]);
    expect(made).toBe(1);
    expect(loader.current()).toBe(runtime);
  });

  it('is silent but safe in a window without speech', async () => {
    const runtime = createBrowserVoiceRuntime({ win: {}, store: fakeStore() });
    expect(runtime.speaker.available()).toBe(false);
    expect(await runtime.speaker.speak({ text: 'Hello.', role: 'interviewer' })).toBe('skipped');
    expect(await runtime.capabilities()).toEqual({ supported: false, onDevice: 'unavailable' });
    expect(await runtime.installOnDevice()).toBe(false);
  });

  it('asks the browser once per language, and again after a download', async () => {
    const fake = fakeRecognitionEnv({ available: 'downloadable', install: true });
    const runtime = createBrowserVoiceRuntime({
      win: { ...fake.env, speechSynthesis: new FakeSpeechSynthesis() },
      store: fakeStore(),
    });
    await runtime.capabilities();
    await runtime.capabilities();
    expect(fake.availabilityAsked).toHaveLength(1);
    runtime.settings.update({ language: 'en-GB' });
    expect(await runtime.capabilities()).toEqual({ supported: true, onDevice: 'downloadable' });
    expect(fake.availabilityAsked.map((a) => a.langs)).toEqual([['en-US'], ['en-GB']]);
    expect(await runtime.installOnDevice()).toBe(true);
    await runtime.capabilities();
    expect(fake.availabilityAsked).toHaveLength(3);
  });
});

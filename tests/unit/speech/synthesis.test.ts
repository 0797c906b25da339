import { describe, expect, it } from 'vitest';
import {
  createBrowserSpeaker,
  createSilentSpeaker,
  estimateSpeechMs,
  type SpeakerSettings,
  speechTimeoutMs,
} from '../../../src/speech/synthesis';
import { castVoices, voicesFor } from '../../../src/speech/voices';
import {
  FakeSpeechSynthesis,
  FakeUtterance,
  fakeVoice,
  flushPromises,
  ManualClock,
  type SynthesisBehaviour,
} from './fakes';

function setup(
  overrides: {
    voices?: SpeechSynthesisVoice[];
    behaviour?: SynthesisBehaviour;
    settings?: Partial<SpeakerSettings>;
  } = {},
) {
  const clock = new ManualClock();
  const synth = new FakeSpeechSynthesis({
    ...(overrides.voices ? { voices: overrides.voices } : {}),
    behaviour: overrides.behaviour ?? 'manual',
  });
  const settings: SpeakerSettings = {
    voicesOn: true,
    rate: 1,
    language: 'en-US',
    ...overrides.settings,
  };
  const speaker = createBrowserSpeaker({
    synth,
    Utterance: FakeUtterance,
    clock,
    settings: () => settings,
  });
  return { clock, synth, settings, speaker };
}

/** The promise's value, or 'pending' if it has not settled once callbacks have run. */
async function outcome<T>(promise: Promise<T>): Promise<T | 'pending'> {
  return Promise.race([promise, flushPromises().then(() => 'pending' as const)]);
}

const FOUR_VOICES = [
  fakeVoice({ name: 'Ana', lang: 'en-US' }),
  fakeVoice({ name: 'Ben', lang: 'en-US' }),
  fakeVoice({ name: 'Cy', lang: 'en-GB' }),
  fakeVoice({ name: 'Di', lang: 'en-US' }),
];

describe('browser speaker', () => {
  it('speaks a line and resolves done when the engine ends it', async () => {
    const { synth, speaker } = setup();
    const said = speaker.speak({ text: 'Priya Patel speaking.', role: 'interviewer' });
    expect(synth.spoken.map((u) => u.text)).toEqual(['Priya Patel speaking.']);
    expect(await outcome(said)).toBe('pending');
    synth.finish();
    expect(await said).toBe('done');
  });

  it('gives each role its own voice when the browser has several', async () => {
    const { synth, speaker } = setup({ voices: FOUR_VOICES, behaviour: 'ends' });
    for (const role of ['interviewer', 'receptionist', 'voicemail', 'narrator'] as const) {
      await speaker.speak({ text: `I am the ${role}.`, role });
    }
    const names = synth.spoken.map((u) => u.voice?.name);
    expect(new Set(names).size).toBe(4);
    expect(synth.spoken.every((u) => u.pitch === 1)).toBe(true);
  });

  it('keeps the same voice for a role from one line to the next', async () => {
    const { synth, speaker } = setup({ voices: FOUR_VOICES, behaviour: 'ends' });
    await speaker.speak({ text: 'Hello.', role: 'receptionist' });
    await speaker.speak({ text: 'One moment.', role: 'receptionist' });
    expect(synth.spoken[0]?.voice?.name).toBe(synth.spoken[1]?.voice?.name);
  });

  it('sets the speaking rate and language from the settings on each line', async () => {
    const { synth, speaker, settings } = setup({ behaviour: 'ends' });
    await speaker.speak({ text: 'First.', role: 'interviewer' });
    settings.rate = 1.5;
    await speaker.speak({ text: 'Second.', role: 'interviewer' });
    expect(synth.spoken.map((u) => u.rate)).toEqual([1, 1.5]);
    expect(synth.spoken[0]?.lang).toBe('en-US');
  });

  it('skips the line without speaking when voices are off', async () => {
    const { synth, speaker } = setup({ settings: { voicesOn: false } });
    expect(await speaker.speak({ text: 'Hello.', role: 'interviewer' })).toBe('skipped');
    expect(synth.spoken).toHaveLength(0);
    expect(speaker.available()).toBe(false);
  });

  it('skips the line when the browser has no voices', async () => {
    const { synth, speaker } = setup({ voices: [] });
    expect(speaker.available()).toBe(false);
    expect(await speaker.speak({ text: 'Hello.', role: 'interviewer' })).toBe('skipped');
    expect(synth.spoken).toHaveLength(0);
  });

  it('asks for the voice list at once, so the browser starts loading its voices', () => {
    const synth = new FakeSpeechSynthesis();
    let asked = 0;
    const getVoices = synth.getVoices.bind(synth);
    synth.getVoices = () => {
      asked++;
      return getVoices();
    };
    createBrowserSpeaker({
      synth,
      Utterance: FakeUtterance,
      clock: new ManualClock(),
      settings: () => ({ voicesOn: true, rate: 1, language: 'en-US' }),
    });
    expect(asked).toBe(1);
  });

  it('reports itself available when voices are on and installed', () => {
    expect(setup().speaker.available()).toBe(true);
  });

  it('skips an empty line', async () => {
    const { synth, speaker } = setup();
    expect(await speaker.speak({ text: '   ', role: 'narrator' })).toBe('skipped');
    expect(synth.spoken).toHaveLength(0);
  });

  it('resolves done after a timeout based on the length of the line when speak never ends', async () => {
    const { clock, synth, speaker } = setup({ behaviour: 'never' });
    const text = 'Thanks for calling, Priya is in a meeting until three.';
    const said = speaker.speak({ text, role: 'receptionist' });
    clock.advance(speechTimeoutMs(text, 1) - 1);
    expect(await outcome(said)).toBe('pending');
    clock.advance(1);
    expect(await outcome(said)).toBe('done');
    expect(synth.cancelCalls).toBe(1);
  });

  it('waits longer for long lines and slow speech than for short lines', () => {
    const short = 'Hello.';
    const long = 'Hello, this is Sam Lee. I interviewed on Monday for the analyst role.';
    expect(speechTimeoutMs(long, 1)).toBeGreaterThan(speechTimeoutMs(short, 1));
    expect(speechTimeoutMs(long, 0.5)).toBeGreaterThan(speechTimeoutMs(long, 1));
    expect(estimateSpeechMs(long, 1)).toBeGreaterThan(estimateSpeechMs(long, 2));
    expect(estimateSpeechMs(long, Number.NaN)).toBe(estimateSpeechMs(long, 1));
  });

  it('leaves no timer running once a line has ended', async () => {
    const { clock, speaker } = setup({ behaviour: 'ends' });
    await speaker.speak({ text: 'Bye now.', role: 'interviewer' });
    expect(clock.pending).toBe(0);
  });

  it('resolves failed when the engine reports an error', async () => {
    const { speaker } = setup({ behaviour: 'fails' });
    expect(await speaker.speak({ text: 'Hello.', role: 'interviewer' })).toBe('failed');
  });

  it('resolves failed when speak throws', async () => {
    const { synth, speaker } = setup();
    synth.speak = () => {
      throw new Error('synthesis is broken');
    };
    expect(await speaker.speak({ text: 'Hello.', role: 'interviewer' })).toBe('failed');
  });

  it('resolves skipped when the line is cancelled', async () => {
    const { synth, speaker } = setup();
    const said = speaker.speak({ text: 'A long story.', role: 'interviewer' });
    speaker.cancel();
    expect(await said).toBe('skipped');
    expect(synth.queued).toBe(0);
  });

  it('cuts off the line still playing when the next one starts', async () => {
    const { synth, speaker } = setup();
    const first = speaker.speak({ text: 'First line.', role: 'receptionist' });
    const second = speaker.speak({ text: 'Second line.', role: 'receptionist' });
    expect(await first).toBe('skipped');
    synth.finish();
    expect(await second).toBe('done');
  });
});

describe('silent speaker', () => {
  it('is never available and skips every line', async () => {
    const speaker = createSilentSpeaker();
    expect(speaker.available()).toBe(false);
    expect(await speaker.speak({ text: 'Hello.', role: 'interviewer' })).toBe('skipped');
  });
});

describe('voice casting', () => {
  it('gives the interviewer and the receptionist different voices when two exist', () => {
    const cast = castVoices([fakeVoice({ name: 'A' }), fakeVoice({ name: 'B' })], 'en-US');
    expect(cast.interviewer.voice?.name).not.toBe(cast.receptionist.voice?.name);
  });

  it('tells roles apart by pitch when they must share the only voice', () => {
    const cast = castVoices([fakeVoice({ name: 'Solo' })], 'en-US');
    expect(cast.interviewer.voice?.name).toBe('Solo');
    expect(cast.receptionist.voice?.name).toBe('Solo');
    expect(cast.receptionist.pitch).not.toBe(cast.interviewer.pitch);
    expect(cast.voicemail.pitch).not.toBe(cast.interviewer.pitch);
  });

  it('uses only voices that speak the chosen language', () => {
    const cast = castVoices(
      [fakeVoice({ name: 'Amélie', lang: 'fr-FR' }), fakeVoice({ name: 'Sam', lang: 'en-US' })],
      'en-US',
    );
    expect(Object.values(cast).map((c) => c.voice?.name)).toEqual(['Sam', 'Sam', 'Sam', 'Sam']);
  });

  it('leaves the voice to the browser when none speaks the language', () => {
    const cast = castVoices([fakeVoice({ name: 'Amélie', lang: 'fr-FR' })], 'en-US');
    expect(cast.interviewer.voice).toBeNull();
  });

  it('prefers the exact language, then voices on the device', () => {
    const order = voicesFor(
      [
        fakeVoice({ name: 'Remote US', lang: 'en-US', localService: false }),
        fakeVoice({ name: 'Local GB', lang: 'en_GB' }),
        fakeVoice({ name: 'Local US', lang: 'en-US' }),
        fakeVoice({ name: 'Local US', lang: 'en-US' }),
      ],
      'en-US',
    ).map((v) => v.name);
    expect(order).toEqual(['Local US', 'Remote US', 'Local GB']);
  });
});

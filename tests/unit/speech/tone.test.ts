import { describe, expect, it } from 'vitest';
import { BEEP_HZ, BEEP_MS, createSilentTone, createWebAudioTone } from '../../../src/speech/tone';
import { fakeToneContext, flushPromises, ManualClock } from './fakes';

describe('voicemail beep', () => {
  it('plays a short tone and resolves when it is over', async () => {
    const clock = new ManualClock();
    const { context, played } = fakeToneContext();
    const tone = createWebAudioTone({ createContext: () => context, clock, enabled: () => true });
    let over = false;
    void tone.beep().then(() => {
      over = true;
    });
    await flushPromises();
    expect(played).toEqual([{ hz: BEEP_HZ, volume: 0.15, from: 5, to: 5 + BEEP_MS / 1000 }]);
    expect(over).toBe(false);
    clock.advance(BEEP_MS);
    await flushPromises();
    expect(over).toBe(true);
  });

  it('stays silent when voices are off', async () => {
    const { context, played } = fakeToneContext();
    const tone = createWebAudioTone({
      createContext: () => context,
      clock: new ManualClock(),
      enabled: () => false,
    });
    await tone.beep();
    expect(played).toEqual([]);
  });

  it('resolves at once when audio cannot start', async () => {
    const tone = createWebAudioTone({
      createContext: () => {
        throw new Error('no audio device');
      },
      clock: new ManualClock(),
      enabled: () => true,
    });
    await expect(tone.beep()).resolves.toBeUndefined();
  });

  it('has a silent version that resolves at once', async () => {
    await expect(createSilentTone().beep()).resolves.toBeUndefined();
  });
});

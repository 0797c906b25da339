import { describe, expect, it } from 'vitest';
import {
  canListenOnDevice,
  describePrivacy,
  detectRecognition,
  hasVoiceConsent,
  installOnDevice,
  type RecognitionCapabilities,
} from '../../../src/speech/capabilities';
import { fakeRecognitionEnv, flushPromises, ManualClock } from './fakes';

describe('detecting recognition', () => {
  it('reports no support in a browser without SpeechRecognition', async () => {
    const capabilities = await detectRecognition({}, 'en-US', new ManualClock());
    expect(capabilities).toEqual({ supported: false, onDevice: 'unavailable' });
  });

  it('reports that audio may go to a server when the browser cannot say', async () => {
    const { env } = fakeRecognitionEnv({ prefixed: true });
    expect(await detectRecognition(env, 'en-US', new ManualClock())).toEqual({
      supported: true,
      onDevice: 'unknown',
    });
  });

  it('asks SpeechRecognition.available about on-device recognition of the language', async () => {
    const fake = fakeRecognitionEnv({ available: 'available' });
    const capabilities = await detectRecognition(fake.env, 'en-GB', new ManualClock());
    expect(capabilities).toEqual({ supported: true, onDevice: 'available' });
    expect(fake.availabilityAsked).toEqual([{ langs: ['en-GB'], processLocally: true }]);
  });

  it('passes on that a language pack can be downloaded', async () => {
    const { env } = fakeRecognitionEnv({ available: 'downloadable' });
    expect((await detectRecognition(env, 'en-US', new ManualClock())).onDevice).toBe(
      'downloadable',
    );
  });

  it('treats a failed availability check as unknown', async () => {
    const { env } = fakeRecognitionEnv({ available: 'rejects' });
    expect((await detectRecognition(env, 'en-US', new ManualClock())).onDevice).toBe('unknown');
  });

  it('stops waiting for an availability check that never answers', async () => {
    const clock = new ManualClock();
    const { env } = fakeRecognitionEnv({ available: 'hangs' });
    let result: RecognitionCapabilities | undefined;
    void detectRecognition(env, 'en-US', clock).then((r) => {
      result = r;
    });
    await flushPromises();
    expect(result).toBeUndefined();
    clock.advance(3000);
    await flushPromises();
    expect(result).toEqual({ supported: true, onDevice: 'unknown' });
  });

  it('installs on-device recognition where the browser offers it', async () => {
    expect(
      await installOnDevice(
        fakeRecognitionEnv({ available: 'downloadable', install: true }).env,
        'en-US',
      ),
    ).toBe(true);
    expect(await installOnDevice(fakeRecognitionEnv().env, 'en-US')).toBe(false);
  });

  it('offers on-device listening only when it is ready', () => {
    expect(canListenOnDevice({ supported: true, onDevice: 'available' })).toBe(true);
    expect(canListenOnDevice({ supported: true, onDevice: 'downloadable' })).toBe(false);
    expect(canListenOnDevice({ supported: true, onDevice: 'unknown' })).toBe(false);
  });
});

describe('consent', () => {
  const serverOnly = { supported: true, onDevice: 'unknown' } as const;
  const local = { supported: true, onDevice: 'available' } as const;

  it('is needed until the notice has been accepted', () => {
    expect(hasVoiceConsent({ consentGiven: false, onDevice: false }, local)).toBe(false);
  });

  it('covers the browser engine once accepted for it', () => {
    expect(hasVoiceConsent({ consentGiven: true, onDevice: false }, serverOnly)).toBe(true);
  });

  it('covers on-device listening while the device can listen', () => {
    expect(hasVoiceConsent({ consentGiven: true, onDevice: true }, local)).toBe(true);
  });

  it('is asked again when on-device was chosen but only a server engine is left', () => {
    expect(hasVoiceConsent({ consentGiven: true, onDevice: true }, serverOnly)).toBe(false);
  });
});

describe('privacy notice', () => {
  it('warns that the browser engine may send audio to a server when it cannot say', () => {
    const text = describePrivacy({ supported: true, onDevice: 'unknown' });
    expect(text).toMatch(/may send your audio to a server/);
    expect(text).toMatch(/Chrome's does/);
    expect(text).toMatch(/type/);
  });

  it('warns about the server too when on-device recognition is unavailable', () => {
    expect(describePrivacy({ supported: true, onDevice: 'unavailable' })).toMatch(/server/);
  });

  it('offers on-device recognition that keeps the voice on the computer', () => {
    const text = describePrivacy({ supported: true, onDevice: 'available' });
    expect(text).toMatch(/on this device/);
    expect(text).toMatch(/stays on this computer/);
    expect(text).not.toMatch(/server/);
  });

  it('explains the one-time download and the server until then', () => {
    const text = describePrivacy({ supported: true, onDevice: 'downloadable' });
    expect(text).toMatch(/download/);
    expect(text).toMatch(/server/);
  });

  it('says answers will be typed when the browser cannot recognise speech', () => {
    const text = describePrivacy({ supported: false, onDevice: 'unavailable' });
    expect(text).toMatch(/type your answers/);
    expect(text).not.toMatch(/server/);
  });

  it('says the app itself records nothing whenever recognition is possible', () => {
    for (const onDevice of ['available', 'downloadable', 'unknown'] as const) {
      expect(describePrivacy({ supported: true, onDevice })).toMatch(/never records or uploads/);
    }
  });
});

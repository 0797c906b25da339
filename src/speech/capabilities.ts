/**
 * What the browser's speech recognition can do, and what the learner must be told before the
 * microphone is first used: whether audio may leave the device.
 */
import type { Clock } from './clock';

export type RecognitionLike = Pick<
  SpeechRecognition,
  | 'lang'
  | 'continuous'
  | 'interimResults'
  | 'maxAlternatives'
  | 'processLocally'
  | 'onstart'
  | 'onend'
  | 'onerror'
  | 'onresult'
  | 'onsoundstart'
  | 'onspeechstart'
  | 'start'
  | 'stop'
  | 'abort'
>;

export interface RecognitionConstructor {
  new (): RecognitionLike;
  available?: (options: SpeechRecognitionOptions) => Promise<AvailabilityStatus>;
  install?: (options: SpeechRecognitionOptions) => Promise<boolean>;
}

/** The part of `window` recognition needs; Chrome and Safari only have the prefixed name. */
export interface RecognitionEnv {
  SpeechRecognition?: RecognitionConstructor;
  webkitSpeechRecognition?: RecognitionConstructor;
}

/** `unknown`: the browser cannot say, so its engine may send audio to a server. */
export type OnDeviceStatus = AvailabilityStatus | 'unknown';

export interface RecognitionCapabilities {
  supported: boolean;
  onDevice: OnDeviceStatus;
}

/** The recognition constructor, unprefixed first; `undefined` in browsers without one. */
export function recognitionConstructor(env: RecognitionEnv): RecognitionConstructor | undefined {
  return env.SpeechRecognition ?? env.webkitSpeechRecognition;
}

const AVAILABILITY_TIMEOUT_MS = 3000;

/** Asks the browser whether it can recognise `language` on the device; never rejects. */
export async function detectRecognition(
  env: RecognitionEnv,
  language: string,
  clock: Clock,
): Promise<RecognitionCapabilities> {
  const Recognition = recognitionConstructor(env);
  if (!Recognition) return { supported: false, onDevice: 'unavailable' };
  if (typeof Recognition.available !== 'function') return { supported: true, onDevice: 'unknown' };
  const ask = Recognition.available({ langs: [language], processLocally: true }).then(
    (status): OnDeviceStatus => status,
    (): OnDeviceStatus => 'unknown',
  );
  let cancelTimer = () => {};
  const giveUp = new Promise<OnDeviceStatus>((resolve) => {
    cancelTimer = clock.after(AVAILABILITY_TIMEOUT_MS, () => resolve('unknown'));
  });
  try {
    const onDevice = await Promise.race([ask, giveUp]);
    return { supported: true, onDevice };
  } catch {
    return { supported: true, onDevice: 'unknown' };
  } finally {
    cancelTimer();
  }
}

/** Downloads on-device recognition for `language` (needs a click); true when it is ready. */
export async function installOnDevice(env: RecognitionEnv, language: string): Promise<boolean> {
  const Recognition = recognitionConstructor(env);
  if (typeof Recognition?.install !== 'function') return false;
  try {
    return await Recognition.install({ langs: [language], processLocally: true });
  } catch {
    return false;
  }
}

/** True when listening can keep the audio on the device. */
export function canListenOnDevice(capabilities: RecognitionCapabilities): boolean {
  return capabilities.supported && capabilities.onDevice === 'available';
}

/**
 * True when the consent given earlier covers listening now. Consent to on-device listening
 * does not cover a browser that can only send audio to a server, so the notice comes back.
 */
export function hasVoiceConsent(
  choice: { consentGiven: boolean; onDevice: boolean },
  capabilities: RecognitionCapabilities,
): boolean {
  return choice.consentGiven && (!choice.onDevice || canListenOnDevice(capabilities));
}

const APP_KEEPS_NOTHING =
  'The app itself never records or uploads your voice; only the words go into your practice history on this device.';

/** The notice shown before the microphone is first used. */
export function describePrivacy(capabilities: RecognitionCapabilities): string {
  if (!capabilities.supported) {
    return 'This browser cannot turn speech into text, so you will type your answers. Nothing you say is recorded.';
  }
  switch (capabilities.onDevice) {
    case 'available':
      return `Your browser can recognise speech on this device: choose on-device recognition and your voice stays on this computer. ${APP_KEEPS_NOTHING} You can always type instead.`;
    case 'downloadable':
    case 'downloading':
      return `Your browser can recognise speech on this device after a one-time download of a language pack. Until then its speech service may send your audio to a server to turn it into text (Chrome's does). ${APP_KEEPS_NOTHING} You can always type instead.`;
    default:
      return `Your browser's speech recognition may send your audio to a server to turn it into text (Chrome's does). ${APP_KEEPS_NOTHING} If you would rather not, type your answers instead.`;
  }
}

/**
 * Why listening stopped without a line, in one plain sentence each. Every failure falls back to
 * typing: the call goes on and the answer box keeps whatever was heard.
 */

export const LISTEN_FAILURE_CODES = [
  'unsupported',
  'not-allowed',
  'service-not-allowed',
  'network',
  'no-speech',
  'audio-capture',
  'aborted',
  'language-not-supported',
  'on-device-unavailable',
  'declined',
  'unknown',
] as const;

export type ListenFailureCode = (typeof LISTEN_FAILURE_CODES)[number];

export interface ListenFailure {
  code: ListenFailureCode;
  /** One line for the learner. */
  reason: string;
  /** Typing is always the way on. */
  fallback: 'typing';
  /** True when pressing the microphone again may well work. */
  canRetry: boolean;
}

const REASONS: Record<ListenFailureCode, { reason: string; canRetry: boolean }> = {
  unsupported: {
    reason: 'This browser cannot turn speech into text, so type your answer instead.',
    canRetry: false,
  },
  'not-allowed': {
    reason:
      'The microphone is blocked for this page; type your answer, or allow it in the site settings.',
    canRetry: false,
  },
  'service-not-allowed': {
    reason: "The browser's speech service is turned off here, so type your answer instead.",
    canRetry: false,
  },
  network: {
    reason: "The browser's speech service could not be reached; try again or type your answer.",
    canRetry: true,
  },
  'no-speech': {
    reason: 'No speech was heard; try again or type your answer.',
    canRetry: true,
  },
  'audio-capture': {
    reason: 'No microphone was found, so type your answer instead.',
    canRetry: false,
  },
  aborted: {
    reason: 'Listening was interrupted; try again or type your answer.',
    canRetry: true,
  },
  'language-not-supported': {
    reason:
      'Speech recognition is not ready for this language; type your answer or change the language.',
    canRetry: false,
  },
  'on-device-unavailable': {
    reason:
      'On-device recognition is not installed for this language; type your answer, or change it in settings.',
    canRetry: false,
  },
  declined: {
    reason: 'You chose to type your answers; the microphone stays off.',
    canRetry: false,
  },
  unknown: {
    reason: 'Speech recognition stopped unexpectedly; try again or type your answer.',
    canRetry: true,
  },
};

function isCode(value: string): value is ListenFailureCode {
  return (LISTEN_FAILURE_CODES as readonly string[]).includes(value);
}

/** The failure for an engine error code (`SpeechRecognitionErrorEvent.error`) or our own code. */
export function listenFailure(code: string): ListenFailure {
  const known: ListenFailureCode = isCode(code) ? code : 'unknown';
  const { reason, canRetry } = REASONS[known];
  return { code: known, reason, fallback: 'typing', canRetry };
}

/** The speech layer's public API: the UI imports from here only. */
export {
  createSpeechKit,
  type SpeechKit,
  type SpeechKitOptions,
  type SpeechWindow,
} from './browser';
export {
  canListenOnDevice,
  describePrivacy,
  detectRecognition,
  hasVoiceConsent,
  installOnDevice,
  type OnDeviceStatus,
  type RecognitionCapabilities,
  type RecognitionEnv,
} from './capabilities';
export { type CancelTimer, type Clock, systemClock } from './clock';
export { type ListenFailure, type ListenFailureCode, listenFailure } from './listenFailures';
export {
  createBrowserListener,
  createUnsupportedListener,
  type Listener,
  type ListenerEvent,
  type ListenerSettings,
} from './recognition';
export {
  DEFAULT_VOICE_SETTINGS,
  listenerSettingsOf,
  loadVoiceSettings,
  parseVoiceSettings,
  type SettingsStore,
  saveVoiceSettings,
  speakerSettingsOf,
  updateVoiceSettings,
  type VoiceSettings,
} from './settings';
export {
  FILLER_NOTE,
  type HeardLine,
  type LineGrader,
  type SpeakingSummary,
  type SpokenLineStats,
  spokenLineStats,
  summariseSpeaking,
} from './spokenStats';
export {
  createBrowserSpeaker,
  createSilentSpeaker,
  type Speaker,
  type SpeakerSettings,
  type SpeakResult,
  type SpokenLine,
} from './synthesis';
export { createSilentTone, createWebAudioTone, type TonePlayer } from './tone';
export { castVoices, type Role } from './voices';
export {
  listenWith,
  type VoiceTurnContext,
  type VoiceTurnEvent,
  type VoiceTurnInput,
  voiceTurnMachine,
} from './voiceTurn';

import { useSyncExternalStore } from 'react';
import type { VoiceSettings } from '../../speech/index';
import type { VoiceSettingsHandle } from './runtime';

/** The current voice settings; re-renders when they change. */
export function useVoiceSettings(handle: VoiceSettingsHandle): VoiceSettings {
  return useSyncExternalStore(handle.subscribe, handle.get);
}

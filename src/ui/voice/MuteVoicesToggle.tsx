import { memo, useId } from 'react';
import type { VoiceRuntime } from './runtime';
import { useVoiceSettings } from './useVoiceSettings';

export interface MuteVoicesToggleProps {
  runtime: VoiceRuntime;
}

/**
 * "Mute voices" on the call screen itself, for a screen reader user who hears every line
 * twice: it is the voice settings' "Speak their lines aloud", turned around, and remembered.
 */
export const MuteVoicesToggle = memo(function MuteVoicesToggle({ runtime }: MuteVoicesToggleProps) {
  const id = useId();
  const settings = useVoiceSettings(runtime.settings);
  return (
    <p className="check-field mute-voices">
      <input
        id={id}
        type="checkbox"
        checked={!settings.voicesOn}
        onChange={(e) => {
          const mute = e.target.checked;
          if (mute) runtime.voicer.hush();
          runtime.settings.update({ voicesOn: !mute });
        }}
      />
      <label htmlFor={id}>Mute voices (captions stay)</label>
    </p>
  );
});

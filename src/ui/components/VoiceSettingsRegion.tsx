import { lazy, Suspense, useId } from 'react';
import { LoadProblemBoundary } from './LoadProblemBoundary';

// The settings need the speech layer and its validation: loaded when first opened.
const VoiceSettingsPanel = lazy(() => import('../voice/VoiceSettingsPanel'));

/** The id the header's toggle points at. */
export const VOICE_SETTINGS_ID = 'voice-settings';

export interface VoiceSettingsRegionProps {
  onClose: () => void;
}

/** The voice settings, opened below the header on any screen; Escape closes them. */
export function VoiceSettingsRegion({ onClose }: VoiceSettingsRegionProps) {
  const id = useId();
  return (
    <section
      id={VOICE_SETTINGS_ID}
      className="settings-panel"
      aria-labelledby={id}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <div className="settings-inner">
        <h2 id={id}>Voice settings</h2>
        <LoadProblemBoundary what="The voice settings">
          <Suspense fallback={<p>Loading voice settings…</p>}>
            <VoiceSettingsPanel />
          </Suspense>
        </LoadProblemBoundary>
        <button type="button" className="secondary" onClick={onClose}>
          Close voice settings
        </button>
      </div>
    </section>
  );
}

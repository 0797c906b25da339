import type { Ref } from 'react';
import { VOICE_SETTINGS_ID } from './VoiceSettingsRegion';

export type Place = 'pick' | 'progress' | 'campaign';

export interface AppHeaderProps {
  place: Place;
  onNavigate: (to: 'pick' | 'progress') => void;
  settingsOpen: boolean;
  onToggleSettings: () => void;
  /** Focus comes back here when the settings close. */
  settingsButtonRef?: Ref<HTMLButtonElement>;
}

/** Skip link, the app's name, the two places to go and the voice settings. */
export function AppHeader({
  place,
  onNavigate,
  settingsOpen,
  onToggleSettings,
  settingsButtonRef,
}: AppHeaderProps) {
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <div className="app-header-inner">
        <p className="app-name">
          <span className="app-logo" aria-hidden="true">
            ☎
          </span>{' '}
          Follow-Up Call Trainer
        </p>
        <nav aria-label="Main">
          <ul>
            <li>
              <button
                type="button"
                className="nav-link"
                aria-current={place === 'pick' ? 'page' : undefined}
                onClick={() => onNavigate('pick')}
              >
                Scenarios
              </button>
            </li>
            <li>
              <button
                type="button"
                className="nav-link"
                aria-current={place === 'progress' ? 'page' : undefined}
                onClick={() => onNavigate('progress')}
              >
                Progress
              </button>
            </li>
            <li>
              <button
                ref={settingsButtonRef}
                type="button"
                className="nav-link"
                aria-expanded={settingsOpen}
                aria-controls={settingsOpen ? VOICE_SETTINGS_ID : undefined}
                onClick={onToggleSettings}
              >
                Voice settings
              </button>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

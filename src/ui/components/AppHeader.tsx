export type Place = 'pick' | 'progress' | 'campaign';

export interface AppHeaderProps {
  place: Place;
  onNavigate: (to: 'pick' | 'progress') => void;
}

/** Skip link, the app's name and the two places to go. */
export function AppHeader({ place, onNavigate }: AppHeaderProps) {
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
          </ul>
        </nav>
      </div>
    </header>
  );
}

import { Component, type ReactNode } from 'react';

export interface LoadProblemBoundaryProps {
  /** What could not be shown, e.g. "The debrief". */
  what: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Catches a lazily loaded part that failed to arrive (offline, a new deployment), so the page
 * is never blank: it says what is missing and offers a reload. The campaign is saved in local
 * storage, so reloading loses nothing.
 */
export class LoadProblemBoundary extends Component<LoadProblemBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice-error" role="alert">
        <p>
          {this.props.what} could not be loaded. Check your connection and reload the page: your
          campaign is saved on this device.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}

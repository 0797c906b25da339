import { Component, type ReactNode, useId } from 'react';
import { ScreenHeading } from './components/ScreenHeading';

export interface ScreenBoundaryProps {
  children: ReactNode;
  /** Back to the scenario list; without it only a reload is offered (the whole page failed). */
  onBack?: () => void;
  /** Reloads the page; injected so tests need not. */
  reload?: () => void;
}

interface State {
  failed: boolean;
}

/**
 * Catches a screen that crashes while it renders, so the page is not left blank. The saved
 * campaign is not touched: going back lists it to continue, a reload reopens it.
 */
export class ScreenBoundary extends Component<ScreenBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { onBack, reload = () => window.location.reload() } = this.props;
    return (
      <CrashNotice
        reload={reload}
        {...(onBack
          ? {
              onBack: () => {
                this.setState({ failed: false });
                onBack();
              },
            }
          : {})}
      />
    );
  }
}

function CrashNotice({ reload, onBack }: { reload: () => void; onBack?: () => void }) {
  const id = useId();
  return (
    <section className="screen notice-error" aria-labelledby={id}>
      <ScreenHeading id={id}>Something went wrong on this screen</ScreenHeading>
      <p>
        Your practice is kept: a call under way is at your last step, and finished ones are in your
        progress.
      </p>
      <div className="actions">
        {onBack && (
          <button type="button" onClick={onBack}>
            Back to the scenarios
          </button>
        )}
        <button type="button" className={onBack ? 'secondary' : undefined} onClick={reload}>
          Reload the page
        </button>
      </div>
    </section>
  );
}

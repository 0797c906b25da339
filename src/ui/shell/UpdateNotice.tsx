import { useState, useSyncExternalStore } from 'react';
import type { UpdateOffer, UpdateState } from './serviceWorkerUpdates';

const SAID: Record<Exclude<UpdateState, 'none'>, { text: string; button: string }> = {
  ready: {
    text: 'A new version of the trainer is ready. It loads when you choose: a call in progress is kept, and you come back to the same turn.',
    button: 'Load the new version',
  },
  elsewhere: {
    text: 'A new version of the trainer was loaded in another tab. Reload this page when it suits you: a call in progress is kept.',
    button: 'Reload this page',
  },
};

/**
 * Offers a new version politely: the status line is announced without taking focus, and
 * nothing reloads until the learner presses the button. "Not now" leaves it for the next visit.
 */
export function UpdateNotice({ offer }: { offer: UpdateOffer }) {
  const state = useSyncExternalStore(offer.subscribe, offer.state);
  const [setAside, setSetAside] = useState<UpdateState>('none');
  const shown = state !== 'none' && state !== setAside ? SAID[state] : undefined;
  return (
    <div className={shown ? 'update-notice' : undefined}>
      <div role="status">{shown && <p>{shown.text}</p>}</div>
      {shown && (
        <div className="actions">
          <button type="button" onClick={() => offer.accept()}>
            {shown.button}
          </button>
          <button type="button" className="secondary" onClick={() => setSetAside(state)}>
            Not now
          </button>
        </div>
      )}
    </div>
  );
}

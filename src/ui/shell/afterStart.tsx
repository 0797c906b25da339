/**
 * What the app does once its first screen is up, in a chunk of its own so the first load
 * stays small: it registers the service worker that keeps the app on the device (and offers
 * new versions), and asks the browser to keep the learner's data.
 */
import { createRoot } from 'react-dom/client';
import { safely } from '../../storage/browserStorage';
import { systemClock } from '../clock';
import { keepDataOnDevice } from './keepData';
import { offerUpdates } from './serviceWorkerUpdates';
import { UpdateNotice } from './UpdateNotice';

export function afterStart(): void {
  void keepDataOnDevice(safely(() => navigator.storage));
  const container = safely(() => navigator.serviceWorker);
  // The dev server has no worker to register (the plugin builds it with the app).
  if (!import.meta.env.PROD || !container) return;
  const base = import.meta.env.BASE_URL;
  const offer = offerUpdates(container, {
    url: `${base}sw.js`,
    scope: base,
    reload: () => window.location.reload(),
    every: systemClock.every,
  });
  // Beside the app, not in it: the notice needs nothing from the app and the app nothing from it.
  const host = document.createElement('div');
  host.className = 'update-host';
  document.body.append(host);
  createRoot(host).render(<UpdateNotice offer={offer} />);
}

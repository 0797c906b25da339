/**
 * The service worker that keeps the app on the device, and the updates it brings. A new
 * version installs in the background and then waits: it takes over only when the learner says
 * so in this tab, so nothing reloads in the middle of a call.
 */

/** `none`: nothing new. `ready`: a new version waits for a yes. `elsewhere`: another tab said yes. */
export type UpdateState = 'none' | 'ready' | 'elsewhere';

export interface UpdateOffer {
  state(): UpdateState;
  subscribe(listener: () => void): () => void;
  /** Loads the new version: it takes over from the old one, then the page reloads. */
  accept(): void;
}

/** The part of `navigator.serviceWorker` used here. */
export interface WorkerContainer {
  readonly controller: ServiceWorker | null;
  register(url: string, options?: RegistrationOptions): Promise<ServiceWorkerRegistration>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface UpdateOptions {
  /** The worker's script, and the part of the site it looks after. */
  url: string;
  scope: string;
  reload: () => void;
  /** Runs `tick` every `ms` (the app's clock); a long-open tab asks for a new version hourly. */
  every: (ms: number, tick: () => void) => () => void;
  onError?: (error: unknown) => void;
}

const HOUR = 60 * 60 * 1000;

/** Registers the worker and reports new versions as they become ready. */
export function offerUpdates(container: WorkerContainer, options: UpdateOptions): UpdateOffer {
  // Without a worker in charge yet (a first visit) an installed worker is no update.
  const updating = () => container.controller !== null;
  const controlledAtStart = updating();
  const listeners = new Set<() => void>();
  let state: UpdateState = 'none';
  let waiting: ServiceWorker | undefined;
  let accepted = false;
  const set = (next: UpdateState) => {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const offer = (worker: ServiceWorker) => {
    waiting = worker;
    if (state === 'none') set('ready');
  };
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (worker.state === 'installed' && updating()) offer(worker);
    };
    worker.addEventListener('statechange', check);
    check();
  };

  container.addEventListener('controllerchange', () => {
    if (accepted) options.reload();
    // Another tab loaded the new version: this page goes on with the code it has.
    else if (controlledAtStart) set('elsewhere');
  });
  container
    .register(options.url, { scope: options.scope })
    .then((registration) => {
      if (registration.waiting && updating()) offer(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      options.every(HOUR, () => {
        registration.update().catch(() => undefined);
      });
    })
    .catch((error: unknown) => options.onError?.(error));

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    accept() {
      if (state === 'elsewhere') {
        options.reload();
        return;
      }
      accepted = true;
      // The generated worker waits for this message before it takes over.
      waiting?.postMessage({ type: 'SKIP_WAITING' });
    },
  };
}

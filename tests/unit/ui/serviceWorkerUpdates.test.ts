import { describe, expect, it, vi } from 'vitest';
import { offerUpdates, type WorkerContainer } from '../../../src/ui/shell/serviceWorkerUpdates';

class FakeWorker extends EventTarget {
  readonly messages: unknown[] = [];
  constructor(public state: ServiceWorkerState = 'installing') {
    super();
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** navigator.serviceWorker with one registration; `controlled` as on a second visit. */
function fakeBrowser({ controlled, waiting }: { controlled: boolean; waiting?: FakeWorker }) {
  const registration = Object.assign(new EventTarget(), {
    installing: null as FakeWorker | null,
    waiting: waiting ?? null,
    update: vi.fn(async () => undefined),
  });
  const events = new EventTarget();
  const container = {
    controller: controlled ? ({} as ServiceWorker) : null,
    register: vi.fn(async () => registration as unknown as ServiceWorkerRegistration),
    addEventListener: (type: string, listener: () => void) =>
      events.addEventListener(type, listener),
  } satisfies WorkerContainer;
  const ticks: { ms: number; tick: () => void }[] = [];
  const reload = vi.fn();
  const offer = offerUpdates(container, {
    url: '/sw.js',
    scope: '/',
    reload,
    every: (ms, tick) => {
      ticks.push({ ms, tick });
      return () => undefined;
    },
  });
  return {
    offer,
    reload,
    ticks,
    registration,
    container,
    /** A new version is found and installs. */
    async newVersion() {
      const worker = new FakeWorker();
      registration.installing = worker;
      registration.dispatchEvent(new Event('updatefound'));
      worker.become('installed');
      return worker;
    },
    /** The waiting worker takes over (here, or because another tab said yes). */
    takeOver: () => events.dispatchEvent(new Event('controllerchange')),
    registered: () => vi.waitFor(() => expect(ticks).toHaveLength(1)),
  };
}

describe('new versions of the app', () => {
  it('registers the worker for the whole app', async () => {
    const browser = fakeBrowser({ controlled: false });
    await browser.registered();
    expect(browser.container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('offers nothing on a first visit, when the worker installs for the first time', async () => {
    const browser = fakeBrowser({ controlled: false });
    await browser.registered();
    await browser.newVersion();
    expect(browser.offer.state()).toBe('none');
  });

  it('offers a new version once it has installed, and loads it only when accepted', async () => {
    const browser = fakeBrowser({ controlled: true });
    const told = vi.fn();
    browser.offer.subscribe(told);
    await browser.registered();
    const worker = await browser.newVersion();
    expect(browser.offer.state()).toBe('ready');
    expect(told).toHaveBeenCalledTimes(1);
    expect(worker.messages).toEqual([]);
    expect(browser.reload).not.toHaveBeenCalled();

    browser.offer.accept();
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    browser.takeOver();
    expect(browser.reload).toHaveBeenCalledTimes(1);
  });

  it('offers a version that was already waiting from an earlier visit', async () => {
    const waiting = new FakeWorker('installed');
    const browser = fakeBrowser({ controlled: true, waiting });
    await browser.registered();
    expect(browser.offer.state()).toBe('ready');
    browser.offer.accept();
    expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
  });

  it('never reloads when another tab loads the new version: it says so and waits', async () => {
    const browser = fakeBrowser({ controlled: true });
    await browser.registered();
    await browser.newVersion();
    browser.takeOver();
    expect(browser.offer.state()).toBe('elsewhere');
    expect(browser.reload).not.toHaveBeenCalled();

    browser.offer.accept();
    expect(browser.reload).toHaveBeenCalledTimes(1);
  });

  it('asks for a new version every hour while the tab stays open', async () => {
    const browser = fakeBrowser({ controlled: true });
    await browser.registered();
    expect(browser.ticks[0]?.ms).toBe(60 * 60 * 1000);
    browser.ticks[0]?.tick();
    expect(browser.registration.update).toHaveBeenCalledTimes(1);
  });
});

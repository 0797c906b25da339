/**
 * Sends queued xAPI statements to the facilitator's LRS while sending is on: the queue is kept
 * in localStorage (so a reload or a closed tab loses nothing), tried again on the clock's tick
 * after each wait, and every change goes through one chain so this tab never sends a
 * statement twice at once.
 */
import {
  EMPTY_QUEUE,
  type Enqueued,
  enqueue,
  flush,
  isLrsEndpoint,
  type LrsFetch,
  type LrsQueue,
  type RefusedStatement,
  readQueue,
  requeueRefused,
} from '../../lms/lrsQueue';
import type { Statement } from '../../lms/xapi';
import type { Clock } from '../clock';
import { deviceStorage } from '../model/ownName';
import { loadLrsSettings } from './lrsSettings';

export const LRS_QUEUE_KEY = 'follow-up-call-trainer.lrsQueue';
/** How often a waiting queue is looked at (each statement still waits its own backoff). */
export const TICK_MS = 5000;

export interface LrsStatus {
  pending: number;
  /** Statements the LRS refused for good (invalid or too big), kept on this device. */
  refused: number;
  /** Statements sent since this page opened. */
  sent: number;
  /** The last failure: an HTTP status, "network", or "storage" (the queue could not be kept). */
  failed?: number | 'network' | 'storage';
}

export interface LrsSender {
  /** Queues a campaign's statements (once per registration) and tries to send. */
  add(registration: string, statements: readonly Statement[]): Promise<Enqueued>;
  /** Sends what is due (everything, when forced). */
  send(force?: boolean): Promise<LrsStatus>;
  status(): LrsStatus;
  /** The statements the LRS refused for good, to download and look at. */
  refusedStatements(): RefusedStatement[];
  /** Forgets the refused statements (the facilitator has them, or does not want them). */
  forgetRefused(): Promise<LrsStatus>;
  /** Queues the refused statements again and sends them (after a wrong setting is fixed). */
  retryRefused(): Promise<LrsStatus>;
  subscribe(listener: (status: LrsStatus) => void): () => void;
}

const browserFetch: LrsFetch = (url, init) =>
  fetch(url, { ...init, credentials: 'omit', cache: 'no-store' }).then((r) => ({
    status: r.status,
  }));

export function createLrsSender(deps: {
  clock: Clock;
  fetch?: LrsFetch;
  storage?: Storage | undefined;
}): LrsSender {
  const storage = deps.storage ?? deviceStorage();
  const fetchFn = deps.fetch ?? browserFetch;
  const read = (): LrsQueue => {
    try {
      return readQueue(JSON.parse(storage?.getItem(LRS_QUEUE_KEY) ?? 'null'));
    } catch {
      return EMPTY_QUEUE;
    }
  };
  const write = (queue: LrsQueue): boolean => {
    try {
      storage?.setItem(LRS_QUEUE_KEY, JSON.stringify(queue));
      return storage !== undefined;
    } catch {
      return false;
    }
  };
  const counts = (queue: LrsQueue) => ({
    pending: queue.items.length,
    refused: queue.refused?.length ?? 0,
  });
  let current: LrsStatus = { ...counts(read()), sent: 0 };
  const listeners = new Set<(s: LrsStatus) => void>();
  const tell = (next: LrsStatus) => {
    current = next;
    for (const l of listeners) l(next);
  };
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = chain.then(job, job);
    chain = run.catch(() => undefined);
    return run;
  };
  let stopTick: (() => void) | undefined;
  const tick = (on: boolean) => {
    if (on && !stopTick) stopTick = deps.clock.every(TICK_MS, () => void sender.send());
    if (!on && stopTick) {
      stopTick();
      stopTick = undefined;
    }
  };
  const sendNow = async (force: boolean): Promise<LrsStatus> => {
    const settings = loadLrsSettings(storage);
    const queue = read();
    if (!settings.enabled || !isLrsEndpoint(settings.endpoint) || queue.items.length === 0) {
      tick(false);
      const { failed: _failed, ...rest } = current;
      tell({ ...rest, ...counts(queue) });
      return current;
    }
    const out = await flush(
      queue,
      settings,
      { fetch: fetchFn, now: () => deps.clock.now() },
      force,
    );
    const kept = write(out.queue);
    tick(out.queue.items.length > 0);
    tell({
      ...counts(out.queue),
      sent: current.sent + out.sent,
      ...(out.failed !== undefined ? { failed: out.failed } : kept ? {} : { failed: 'storage' }),
    });
    return current;
  };
  const sender: LrsSender = {
    add: (registration, statements) =>
      serial(async () => {
        const result = enqueue(read(), registration, statements, deps.clock.now());
        if (result.added > 0 && !write(result.queue)) {
          return { ...result, added: 0, refused: statements.length };
        }
        return result;
      }).then(async (result) => {
        await sender.send();
        return result;
      }),
    send: (force = false) => serial(() => sendNow(force)),
    status: () => current,
    refusedStatements: () => read().refused ?? [],
    retryRefused: () =>
      serial(async () => {
        const queue = requeueRefused(read(), deps.clock.now());
        if (!write(queue)) {
          tell({ ...current, failed: 'storage' });
          return current;
        }
        return sendNow(true);
      }),
    forgetRefused: () =>
      serial(async () => {
        const queue = { ...read(), refused: [] };
        const kept = write(queue);
        const { failed: _failed, ...rest } = current;
        tell({ ...rest, ...counts(kept ? queue : read()), ...(kept ? {} : { failed: 'storage' }) });
        return current;
      }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return sender;
}

let shared: LrsSender | undefined;

/** This page's sender (one per page, so two screens never send the same queue at once). */
export function lrsSender(clock: Clock): LrsSender {
  shared ??= createLrsSender({ clock });
  return shared;
}

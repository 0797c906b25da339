import { type CampaignLocks, lazyLocks, soloLocks, webLocks } from './campaignLocks';

/**
 * Reads a browser global that may be missing or throw: Firefox with cookies blocked throws
 * on `window.indexedDB` and `window.localStorage`, some embedded views on `navigator.locks`.
 */
export function safely<T>(read: () => T | null | undefined): T | undefined {
  try {
    return read() ?? undefined;
  } catch {
    return undefined;
  }
}

/** This tab's sessionStorage, or undefined where the browser has none or refuses it. */
export function tabStorage(): Storage | undefined {
  return safely(() => globalThis.sessionStorage);
}

/** Resolves after `ms`. */
export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The best way this browser has to tell one tab's campaigns from another's. */
export function browserLocks(win: Window & typeof globalThis, tabId: string): CampaignLocks {
  const manager = safely(() => win.navigator.locks);
  if (manager && typeof manager.request === 'function') return webLocks(manager);
  const Channel = safely(() => win.BroadcastChannel);
  const local = safely(() => win.localStorage);
  if (!Channel && !local) return soloLocks();
  // Every current browser has Web Locks: the fallback's code is fetched only where needed.
  return lazyLocks(() =>
    import('./channelLocks').then((m) => {
      const channel = Channel && safely(() => new Channel('follow-up-call-trainer/tabs'));
      if (channel) return m.channelLocks(m.broadcastChannel(channel), { tabId, wait });
      return local ? m.channelLocks(m.storageChannel(local, win), { tabId, wait }) : soloLocks();
    }),
  );
}

/**
 * Campaign ownership for browsers without Web Locks: tabs ask each other over a message
 * channel (BroadcastChannel, or storage events). Fetched only where it is needed.
 */
import type { CampaignLocks } from './campaignLocks';
import { listeners } from './campaignLocks';

/** A message channel between the tabs of one origin. */
export interface TabChannel {
  post(message: TabMessage): void;
  listen(listener: (message: TabMessage) => void): () => void;
}

export type TabMessage =
  | { type: 'who'; from: string }
  | { type: 'mine'; from: string; to: string; ids: string[] }
  | { type: 'take'; from: string; id: string };

function isTabMessage(value: unknown): value is TabMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  if (typeof m.from !== 'string') return false;
  if (m.type === 'who') return true;
  if (m.type === 'take') return typeof m.id === 'string';
  return m.type === 'mine' && typeof m.to === 'string' && Array.isArray(m.ids);
}

/** A channel on BroadcastChannel. */
export function broadcastChannel(channel: BroadcastChannel): TabChannel {
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const onMessage = (event: MessageEvent) => {
        if (isTabMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

const MESSAGE_KEY = 'follow-up-call-trainer/tab-message';

/** A channel on storage events, for browsers without BroadcastChannel. */
export function storageChannel(
  storage: Storage,
  events: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): TabChannel {
  let n = 0;
  return {
    post(message) {
      try {
        // The counter makes each message a change, so other tabs get a storage event for it.
        storage.setItem(MESSAGE_KEY, JSON.stringify({ ...message, n: n++, at: Math.random() }));
      } catch {
        // Storage blocked: the other tabs cannot be told; the revision check still guards saves.
      }
    },
    listen(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea !== storage || event.key !== MESSAGE_KEY || !event.newValue) return;
        try {
          const message: unknown = JSON.parse(event.newValue);
          if (isTabMessage(message)) listener(message);
        } catch {
          // Not ours.
        }
      };
      events.addEventListener('storage', onStorage);
      return () => events.removeEventListener('storage', onStorage);
    },
  };
}

export interface ChannelLocksOptions {
  /** This tab's name on the channel. */
  tabId: string;
  /** Resolves after `ms`; how long to wait for other tabs to answer. */
  wait: (ms: number) => Promise<void>;
  /** How long other tabs get to answer "who has it?" (ms). */
  answerWithin?: number;
}

/**
 * Campaign ownership by asking: a tab that holds campaigns answers "who has them?"; a tab that
 * takes one over says so and the holder lets it go. A tab that closed answers nothing, so its
 * campaigns are free.
 */
export function channelLocks(channel: TabChannel, options: ChannelLocksOptions): CampaignLocks {
  const held = new Set<string>();
  const lost = listeners();
  const within = options.answerWithin ?? 150;
  channel.listen((message) => {
    if (message.from === options.tabId) return;
    if (message.type === 'who' && held.size > 0) {
      channel.post({ type: 'mine', from: options.tabId, to: message.from, ids: [...held] });
    }
    if (message.type === 'take' && held.delete(message.id)) lost.emit(message.id);
  });
  const ask = async (): Promise<Set<string>> => {
    const elsewhere = new Set<string>();
    const stop = channel.listen((message) => {
      if (message.type !== 'mine' || message.to !== options.tabId) return;
      for (const id of message.ids) if (typeof id === 'string') elsewhere.add(id);
    });
    channel.post({ type: 'who', from: options.tabId });
    await options.wait(within);
    stop();
    for (const id of held) elsewhere.delete(id);
    return elsewhere;
  };
  return {
    claim(id, steal = false) {
      if (held.has(id)) return 'held';
      if (steal) {
        channel.post({ type: 'take', from: options.tabId, id });
        held.add(id);
        return 'held';
      }
      return ask().then((elsewhere) => {
        if (elsewhere.has(id)) return 'busy';
        held.add(id);
        return 'held';
      });
    },
    release(id) {
      held.delete(id);
    },
    heldElsewhere: ask,
    onLost: lost.add,
  };
}

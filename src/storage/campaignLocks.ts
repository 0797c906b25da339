/**
 * Which tab a campaign under way belongs to. Web Locks where the browser has them (a tab that
 * closes or crashes lets its locks go by itself); otherwise tabs ask each other over a
 * message channel (`channelLocks.ts`); with neither, this tab is alone.
 */

/** A value now, or later: lets a lone tab decide synchronously, on its first render. */
export type Maybe<T> = T | Promise<T>;

/** Applies `f` to a value that may still be on its way. */
export function after<T, U>(value: Maybe<T>, f: (value: T) => Maybe<U>): Maybe<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

export type Claim = 'held' | 'busy';

export interface CampaignLocks {
  /** Holds a campaign for this tab, or says another tab has it; `steal` takes it from that tab. */
  claim(id: string, steal?: boolean): Maybe<Claim>;
  /** Lets a campaign go (this tab left it, finished it, or started another). */
  release(id: string): void;
  /** The campaigns other tabs hold, as far as can be told. */
  heldElsewhere(): Maybe<ReadonlySet<string>>;
  /** Called when another tab takes a campaign this tab held. */
  onLost(listener: (id: string) => void): () => void;
}

const LOCK_PREFIX = 'follow-up-call-trainer/campaign/';

/** A set of "lost" listeners. */
export function listeners() {
  const set = new Set<(id: string) => void>();
  return {
    add(listener: (id: string) => void) {
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    emit(id: string) {
      for (const l of set) l(id);
    },
  };
}

/** No other tab can be told apart: every campaign is this tab's. */
export function soloLocks(): CampaignLocks {
  return {
    claim: () => 'held',
    release: () => undefined,
    heldElsewhere: () => new Set(),
    onLost: () => () => undefined,
  };
}

/** The part of `navigator.locks` used here (so tests can pass a fake). */
export type LockManagerLike = Pick<LockManager, 'request' | 'query'>;

/** Campaign ownership on Web Locks: an exclusive lock per campaign, held while the tab has it. */
export function webLocks(manager: LockManagerLike): CampaignLocks {
  const held = new Map<string, () => void>();
  const pending = new Map<string, Promise<Claim>>();
  const lost = listeners();
  const request = (id: string, steal: boolean): Promise<Claim> =>
    new Promise<Claim>((resolve) => {
      let letGo: () => void = () => undefined;
      const holding = new Promise<void>((r) => {
        letGo = r;
      });
      const granted = (lock: Lock | null) => {
        if (!lock) {
          resolve('busy');
          return undefined;
        }
        held.set(id, letGo);
        resolve('held');
        return holding;
      };
      const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
      Promise.resolve()
        .then(() => manager.request(LOCK_PREFIX + id, options, granted))
        .catch(() => {
          if (held.get(id) === letGo) {
            // Another tab stole the lock (AbortError): the campaign is theirs now.
            held.delete(id);
            lost.emit(id);
            return;
          }
          // Locks refused outright (an opaque origin): act alone; the revision check still guards saves.
          resolve('held');
        });
    }).finally(() => pending.delete(id));
  return {
    claim(id, steal = false) {
      if (held.has(id)) return 'held';
      const waiting = pending.get(id);
      if (waiting && !steal) return waiting;
      const claim = request(id, steal);
      pending.set(id, claim);
      return claim;
    },
    release(id) {
      held.get(id)?.();
      held.delete(id);
    },
    async heldElsewhere() {
      const state = await manager.query().catch(() => ({ held: [] }) as LockManagerSnapshot);
      const names = (state.held ?? []).map((l) => l.name ?? '');
      return new Set(
        names
          .filter((n) => n.startsWith(LOCK_PREFIX))
          .map((n) => n.slice(LOCK_PREFIX.length))
          .filter((id) => !held.has(id)),
      );
    },
    onLost: lost.add,
  };
}

/**
 * Locks that arrive later (their code is fetched on demand): calls made meanwhile wait for
 * them, in order. If they cannot be had, the tab acts alone.
 */
export function lazyLocks(load: () => Promise<CampaignLocks>): CampaignLocks {
  let ready: CampaignLocks | undefined;
  const waiting: ((id: string) => void)[] = [];
  const loading = load()
    .catch(() => soloLocks())
    .then((locks) => {
      ready = locks;
      for (const listener of waiting) locks.onLost(listener);
      return locks;
    });
  return {
    claim: (id, steal) => ready?.claim(id, steal) ?? loading.then((l) => l.claim(id, steal)),
    release(id) {
      if (ready) ready.release(id);
      else void loading.then((l) => l.release(id));
    },
    heldElsewhere: () => ready?.heldElsewhere() ?? loading.then((l) => l.heldElsewhere()),
    onLost(listener) {
      if (ready) return ready.onLost(listener);
      waiting.push(listener);
      return () => undefined;
    },
  };
}

/**
 * The queue of xAPI statements waiting for the facilitator's LRS. Pure: the caller gives the
 * queue, the clock's time and a fetch, and keeps what comes back. A statement leaves the queue
 * only when the LRS took it (2xx) or already has it (409 for that statement alone). A statement the
 * LRS finds invalid or too big (400 or 413 for it alone) will never be taken: it is set aside, kept with the status,
 * so it neither blocks the others nor is lost. Anything else keeps it for a retry later, each
 * time waiting longer. Statement ids are fixed UUIDs, so a resend (another tab, a
 * reply that never arrived) is the same statement to the LRS, never a second one.
 */
import type { Statement } from './xapi';

/** Where and as whom to send (kept on the device by the UI). */
export interface LrsConfig {
  /** The LRS's xAPI endpoint, e.g. `https://lrs.example.edu/xapi/`. */
  endpoint: string;
  username: string;
  password: string;
}

export interface QueuedStatement {
  id: string;
  statement: Statement;
  /** Sends tried and failed so far. */
  tries: number;
  /** Not to be tried again before this time (ms). */
  nextAt: number;
}

/** A statement the LRS refused as invalid: kept to be looked at, never sent again. */
export interface RefusedStatement {
  id: string;
  statement: Statement;
  /** The LRS's answer (400 or 413). */
  status: number;
}

export interface LrsQueue {
  items: QueuedStatement[];
  /** Campaigns (registrations) queued before, newest last: a campaign is queued once. */
  registrations: string[];
  /** Statements the LRS refused for good, oldest first. */
  refused?: RefusedStatement[];
}

export const EMPTY_QUEUE: LrsQueue = { items: [], registrations: [], refused: [] };

/**
 * Answers that say something in the batch is wrong, not the LRS or the way there: each
 * statement goes again alone to find which. 409: the LRS already has one of them; 400: one is
 * invalid; 413: the batch is too big.
 */
const SPLIT_ON = new Set([400, 409, 413]);
/** Answers for one statement alone that no retry can change: invalid (400), too big (413). */
const NEVER_TAKEN = new Set([400, 413]);

export const LRS_LIMITS = {
  /** Statements held at most (a workshop of 40 makes about 1,000): past it, new ones are refused. */
  statements: 5000,
  /** Campaigns remembered as queued. */
  registrations: 2000,
  /** Statements per request. */
  batch: 50,
  /** The first retry's wait, doubled each time up to `maxDelayMs`. */
  firstDelayMs: 5000,
  maxDelayMs: 10 * 60 * 1000,
} as const;

/** How long to wait after the `tries`-th failure. */
export function retryDelay(tries: number): number {
  const n = Math.max(1, Math.min(tries, 20));
  return Math.min(LRS_LIMITS.maxDelayMs, LRS_LIMITS.firstDelayMs * 2 ** (n - 1));
}

/** An address the app will send credentials to: https, or http on this computer only. */
export function isLrsEndpoint(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.username || url.password || url.search || url.hash) return false;
    if (url.protocol === 'https:') return url.hostname !== '';
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

/** The Statements resource under an endpoint. */
export function statementsUrl(endpoint: string): string {
  return `${endpoint.trim().replace(/\/+$/, '')}/statements`;
}

/** HTTP Basic credentials, UTF-8 (a name or password may hold any letter). */
export function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

export interface Enqueued {
  queue: LrsQueue;
  added: number;
  /** Statements of a campaign queued before, or already in the queue. */
  duplicates: number;
  /** Statements not queued because the queue is full (or without an id). */
  refused: number;
}

/** Adds a campaign's statements, once per registration; never past the limit. */
export function enqueue(
  queue: LrsQueue,
  registration: string,
  statements: readonly Statement[],
  now: number,
): Enqueued {
  if (queue.registrations.includes(registration)) {
    return { queue, added: 0, duplicates: statements.length, refused: 0 };
  }
  const ids = new Set(queue.items.map((q) => q.id));
  const room = LRS_LIMITS.statements - queue.items.length;
  const fresh = statements.filter((s) => typeof s.id === 'string' && !ids.has(s.id));
  const withId = statements.filter((s) => typeof s.id === 'string').length;
  if (fresh.length > room) {
    // A campaign goes in whole or not at all, so the LRS never gets half of one.
    return { queue, added: 0, duplicates: withId - fresh.length, refused: statements.length };
  }
  return {
    queue: {
      ...queue,
      items: [
        ...queue.items,
        ...fresh.map((statement) => ({
          id: statement.id as string,
          statement,
          tries: 0,
          nextAt: now,
        })),
      ],
      registrations: [...queue.registrations, registration].slice(-LRS_LIMITS.registrations),
    },
    added: fresh.length,
    duplicates: withId - fresh.length,
    refused: statements.length - withId,
  };
}

/** The part of `fetch` the queue uses. */
export type LrsFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ status: number }>;

export interface Flushed {
  queue: LrsQueue;
  sent: number;
  /** Why the last request failed (an HTTP status or "network"), when it did. */
  failed?: number | 'network';
  /** Statements set aside by this flush because the LRS refused them as invalid. */
  refused: number;
}

/**
 * Sends the statements that are due, a batch at a time, until one fails or none is due.
 * `force` tries every statement now (a facilitator's "Send now").
 */
export async function flush(
  queue: LrsQueue,
  config: LrsConfig,
  deps: { fetch: LrsFetch; now: () => number },
  force = false,
): Promise<Flushed> {
  let items = queue.items;
  let refused = queue.refused ?? [];
  let setAside = 0;
  let sent = 0;
  const tried = new Set<string>();
  // A batch refused with 400, 409 or 413 stores none of it: its statements go again one by one.
  // For one statement alone, 409 means the LRS has it and 400 that it never will.
  const alone = new Set<string>();
  for (;;) {
    const at = deps.now();
    const due = items.filter((q) => !tried.has(q.id) && (force || q.nextAt <= at));
    const first = due[0];
    const batch =
      first && alone.has(first.id)
        ? [first]
        : due.filter((q) => !alone.has(q.id)).slice(0, LRS_LIMITS.batch);
    if (batch.length === 0) {
      return { queue: { ...queue, items, refused }, sent, refused: setAside };
    }
    const ids = new Set(batch.map((q) => q.id));
    for (const id of ids) tried.add(id);
    let failed: number | 'network' | undefined;
    try {
      const reply = await deps.fetch(statementsUrl(config.endpoint), {
        method: 'POST',
        headers: {
          Authorization: basicAuth(config.username, config.password),
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
        },
        body: JSON.stringify(batch.map((q) => q.statement)),
      });
      if (SPLIT_ON.has(reply.status) && batch.length > 1) {
        for (const id of ids) {
          alone.add(id);
          tried.delete(id);
        }
        continue;
      }
      if (NEVER_TAKEN.has(reply.status)) {
        refused = [
          ...refused,
          ...batch.map((q) => ({ id: q.id, statement: q.statement, status: reply.status })),
        ].slice(-LRS_LIMITS.statements);
        items = items.filter((q) => !ids.has(q.id));
        setAside += batch.length;
        continue;
      }
      const ok = (reply.status >= 200 && reply.status < 300) || reply.status === 409;
      if (!ok) failed = reply.status;
    } catch {
      failed = 'network';
    }
    if (failed === undefined) {
      items = items.filter((q) => !ids.has(q.id));
      sent += batch.length;
      continue;
    }
    const later = deps.now();
    items = items.map((q) =>
      ids.has(q.id) ? { ...q, tries: q.tries + 1, nextAt: later + retryDelay(q.tries + 1) } : q,
    );
    return { queue: { ...queue, items, refused }, sent, failed, refused: setAside };
  }
}

/**
 * The statements set aside, queued again to be sent now: for when the refusals came from a wrong
 * address or setting (a proxy answering 400 to everything), since fixed.
 */
export function requeueRefused(queue: LrsQueue, now: number): LrsQueue {
  const ids = new Set(queue.items.map((q) => q.id));
  const again = (queue.refused ?? [])
    .filter((r) => !ids.has(r.id))
    .map((r) => ({ id: r.id, statement: r.statement, tries: 0, nextAt: now }));
  return {
    ...queue,
    items: [...queue.items, ...again].slice(0, LRS_LIMITS.statements),
    refused: [],
  };
}

/** A stored queue read back; anything malformed is dropped, never thrown. */
export function readQueue(data: unknown): LrsQueue {
  if (!data || typeof data !== 'object') return EMPTY_QUEUE;
  const { items, registrations, refused } = data as Record<string, unknown>;
  const good = (q: unknown): q is QueuedStatement => {
    if (!q || typeof q !== 'object') return false;
    const { id, statement, tries, nextAt } = q as Record<string, unknown>;
    return (
      typeof id === 'string' &&
      !!statement &&
      typeof statement === 'object' &&
      (statement as Statement).id === id &&
      Number.isInteger(tries) &&
      typeof nextAt === 'number' &&
      Number.isFinite(nextAt)
    );
  };
  const aside = (r: unknown): r is RefusedStatement => {
    if (!r || typeof r !== 'object') return false;
    const { id, statement, status } = r as Record<string, unknown>;
    return (
      typeof id === 'string' &&
      !!statement &&
      typeof statement === 'object' &&
      Number.isInteger(status)
    );
  };
  return {
    items: Array.isArray(items) ? items.filter(good).slice(0, LRS_LIMITS.statements) : [],
    refused: Array.isArray(refused) ? refused.filter(aside).slice(-LRS_LIMITS.statements) : [],
    registrations: Array.isArray(registrations)
      ? registrations
          .filter((r): r is string => typeof r === 'string')
          .slice(-LRS_LIMITS.registrations)
      : [],
  };
}

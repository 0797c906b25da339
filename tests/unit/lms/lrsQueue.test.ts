import { describe, expect, it } from 'vitest';
import {
  basicAuth,
  EMPTY_QUEUE,
  enqueue,
  flush,
  isLrsEndpoint,
  LRS_LIMITS,
  type LrsFetch,
  type LrsQueue,
  readQueue,
  requeueRefused,
  retryDelay,
} from '../../../src/lms/lrsQueue';
import type { Statement } from '../../../src/lms/xapi';

const CONFIG = { endpoint: 'https://lrs.example.edu/xapi/', username: 'key', password: 'sécret' };

/** An LRS that is down (503, or no network) or up; it keeps what it took, by id. */
function fakeLrs() {
  const lrs = {
    state: 'up' as 'up' | 'down' | 'offline' | 'refusing',
    /** Refuses (400) any batch with a statement whose verb is "invalid", as a strict proxy might. */
    refuseInvalid: true,
    received: [] as string[],
    requests: [] as { url: string; headers: Record<string, string> }[],
    fetch: (async (url, init) => {
      lrs.requests.push({ url, headers: init.headers });
      if (lrs.state === 'offline') throw new TypeError('Failed to fetch');
      if (lrs.state === 'down') return { status: 503 };
      if (lrs.state === 'refusing') return { status: 401 };
      const batch = JSON.parse(init.body) as Statement[];
      // A statement it finds invalid spoils the whole batch (400): none of it is stored.
      if (lrs.refuseInvalid && batch.some((s) => (s.verb as { id: string }).id === 'invalid')) {
        return { status: 400 };
      }
      const ids = batch.map((s) => String(s.id));
      // An LRS that has a statement already says so (409) and keeps one.
      if (ids.some((id) => lrs.received.includes(id))) return { status: 409 };
      lrs.received.push(...ids);
      return { status: 200 };
    }) as LrsFetch,
  };
  return lrs;
}

function fakeClock(start = 1_000_000) {
  const clock = { t: start, now: () => clock.t, advance: (ms: number) => (clock.t += ms) };
  return clock;
}

const campaign = (reg: string, n: number): Statement[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${reg}-${i}`, verb: { id: 'x' } }));

describe('the LRS queue', () => {
  it('sends queued statements with the xAPI headers and empties the queue', async () => {
    const lrs = fakeLrs();
    const clock = fakeClock();
    const { queue, added } = enqueue(EMPTY_QUEUE, 'r1', campaign('r1', 3), clock.now());
    expect(added).toBe(3);
    const out = await flush(queue, CONFIG, { fetch: lrs.fetch, now: clock.now });
    expect(out).toEqual({
      queue: { items: [], registrations: ['r1'], refused: [] },
      sent: 3,
      refused: 0,
    });
    expect(lrs.received).toEqual(['r1-0', 'r1-1', 'r1-2']);
    expect(lrs.requests[0]?.url).toBe('https://lrs.example.edu/xapi/statements');
    expect(lrs.requests[0]?.headers['X-Experience-API-Version']).toBe('1.0.3');
    expect(lrs.requests[0]?.headers.Authorization).toBe(basicAuth('key', 'sécret'));
  });

  it('keeps everything while the LRS is down, backs off, and sends each statement once when it is up', async () => {
    const lrs = fakeLrs();
    const clock = fakeClock();
    let queue: LrsQueue = enqueue(EMPTY_QUEUE, 'r1', campaign('r1', 120), clock.now()).queue;
    const deps = { fetch: lrs.fetch, now: clock.now };
    lrs.state = 'down';
    let out = await flush(queue, CONFIG, deps);
    expect(out.failed).toBe(503);
    expect(out.sent).toBe(0);
    queue = out.queue;
    expect(queue.items).toHaveLength(120);
    // The failed batch waits; the rest were not tried (one failure ends the round).
    expect(queue.items.filter((q) => q.tries === 1)).toHaveLength(LRS_LIMITS.batch);
    const requests = lrs.requests.length;
    out = await flush(queue, CONFIG, deps);
    queue = out.queue;
    // The untried ones are tried (and fail); nothing is tried before its wait is over.
    expect(lrs.requests.length).toBe(requests + 1);
    lrs.state = 'offline';
    clock.advance(retryDelay(1));
    out = await flush(queue, CONFIG, deps);
    expect(out.failed).toBe('network');
    queue = out.queue;
    expect(queue.items).toHaveLength(120);
    lrs.state = 'up';
    clock.advance(LRS_LIMITS.maxDelayMs);
    out = await flush(queue, CONFIG, deps);
    expect(out.sent).toBe(120);
    expect(out.queue.items).toEqual([]);
    expect(lrs.received).toHaveLength(120);
    expect(new Set(lrs.received).size).toBe(120);
  });

  it('tries everything at once when asked to send now, whatever the wait', async () => {
    const lrs = fakeLrs();
    const clock = fakeClock();
    lrs.state = 'down';
    const first = await flush(
      enqueue(EMPTY_QUEUE, 'r1', campaign('r1', 2), clock.now()).queue,
      CONFIG,
      { fetch: lrs.fetch, now: clock.now },
    );
    lrs.state = 'up';
    const waiting = await flush(first.queue, CONFIG, { fetch: lrs.fetch, now: clock.now });
    expect(waiting.sent).toBe(0);
    const now = await flush(first.queue, CONFIG, { fetch: lrs.fetch, now: clock.now }, true);
    expect(now.sent).toBe(2);
  });

  it('sets aside a statement the LRS finds invalid, sends the rest and never tries it again', async () => {
    const lrs = fakeLrs();
    const clock = fakeClock();
    const deps = { fetch: lrs.fetch, now: clock.now };
    const statements = campaign('r1', 4);
    statements[2] = { id: 'r1-2', verb: { id: 'invalid' } };
    const out = await flush(
      enqueue(EMPTY_QUEUE, 'r1', statements, clock.now()).queue,
      CONFIG,
      deps,
    );
    expect(out.failed).toBeUndefined();
    expect(out.sent).toBe(3);
    expect(out.refused).toBe(1);
    expect(lrs.received).toEqual(['r1-0', 'r1-1', 'r1-3']);
    expect(out.queue.items).toEqual([]);
    expect(out.queue.refused).toEqual([{ id: 'r1-2', statement: statements[2], status: 400 }]);
    // Kept across a reload, and not sent again by a later flush.
    const stored = readQueue(JSON.parse(JSON.stringify(out.queue)));
    expect(stored.refused).toEqual(out.queue.refused);
    const requests = lrs.requests.length;
    const later = await flush(stored, CONFIG, deps, true);
    expect(lrs.requests.length).toBe(requests);
    expect(later.queue.refused).toHaveLength(1);
    // Once a wrong setting is mended they can go again, and this time they are sent.
    const again = requeueRefused(later.queue, clock.now());
    expect(again.refused).toEqual([]);
    expect(again.items.map((q) => q.id)).toEqual(['r1-2']);
    lrs.refuseInvalid = false;
    const resent = await flush(again, CONFIG, deps, true);
    expect(resent.sent).toBe(1);
    expect(lrs.received).toContain('r1-2');
    // Queuing the next campaign keeps what was set aside.
    const next = enqueue(later.queue, 'r2', campaign('r2', 1), clock.now());
    expect(next.queue.refused).toEqual(out.queue.refused);
  });

  it('keeps statements the LRS refuses (wrong credentials) and drops them only on 2xx or 409', async () => {
    const lrs = fakeLrs();
    const clock = fakeClock();
    const deps = { fetch: lrs.fetch, now: clock.now };
    lrs.state = 'refusing';
    const refused = await flush(
      enqueue(EMPTY_QUEUE, 'r1', campaign('r1', 2), clock.now()).queue,
      CONFIG,
      deps,
    );
    expect(refused.failed).toBe(401);
    expect(refused.queue.items).toHaveLength(2);
    // The LRS has one of them already (a reply lost on the way): it refuses the batch with 409
    // and stores none of it, so each goes again alone; a 409 for one alone means it is there.
    lrs.state = 'up';
    lrs.received.push('r1-0');
    const again = await flush(refused.queue, CONFIG, deps, true);
    expect(again.queue.items).toEqual([]);
    expect(again.sent).toBe(2);
    expect(lrs.received).toEqual(['r1-0', 'r1-1']);
  });

  it('queues a campaign once, and a statement already queued once', () => {
    const { queue } = enqueue(EMPTY_QUEUE, 'r1', campaign('r1', 3), 0);
    expect(enqueue(queue, 'r1', campaign('r1', 3), 0)).toEqual({
      queue,
      added: 0,
      duplicates: 3,
      refused: 0,
    });
    const overlap = enqueue(queue, 'r2', campaign('r1', 4), 0);
    expect([overlap.added, overlap.duplicates]).toEqual([1, 3]);
    const noId = enqueue(EMPTY_QUEUE, 'r3', [{ verb: {} }], 0);
    expect([noId.added, noId.refused]).toEqual([0, 1]);
  });

  it('refuses a campaign that does not fit whole, and waits at most the longest delay', () => {
    const full = enqueue(EMPTY_QUEUE, 'big', campaign('big', LRS_LIMITS.statements - 2), 0);
    const over = enqueue(full.queue, 'r2', campaign('r2', 3), 0);
    expect([over.added, over.refused]).toEqual([0, 3]);
    expect(over.queue.items).toHaveLength(LRS_LIMITS.statements - 2);
    expect(over.queue.registrations).not.toContain('r2');
    expect(retryDelay(1)).toBe(LRS_LIMITS.firstDelayMs);
    expect(retryDelay(2)).toBe(2 * LRS_LIMITS.firstDelayMs);
    expect(retryDelay(1000)).toBe(LRS_LIMITS.maxDelayMs);
  });

  it('reads a stored queue back without ever throwing, dropping what is malformed', () => {
    const { queue } = enqueue(EMPTY_QUEUE, 'r1', campaign('r1', 2), 5);
    expect(readQueue(JSON.parse(JSON.stringify(queue)))).toEqual({ refused: [], ...queue });
    for (const bad of [null, 3, 'x', [], { items: 'x' }, { items: [{ id: 1 }] }]) {
      expect(readQueue(bad).items).toEqual([]);
    }
    const mixed = readQueue({ items: [...queue.items, { id: 'y', statement: { id: 'z' } }] });
    expect(mixed.items).toHaveLength(2);
  });

  it('sends credentials only to https, or to http on this computer', () => {
    expect(isLrsEndpoint('https://lrs.example.edu/xapi/')).toBe(true);
    expect(isLrsEndpoint('http://localhost:8080/xapi')).toBe(true);
    expect(isLrsEndpoint('http://lrs.example.edu/xapi')).toBe(false);
    expect(isLrsEndpoint('https://user:pw@lrs.example.edu/')).toBe(false);
    expect(isLrsEndpoint('ftp://lrs.example.edu/')).toBe(false);
    expect(isLrsEndpoint('not a url')).toBe(false);
  });
});

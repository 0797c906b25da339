import type * as fflate from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { frameJson, unframeJson } from '../../../src/workshop/framedJson';

// Every buffer the decoder hands back, to see how much a hostile text made it hold.
const inflated: number[] = [];
vi.mock('fflate', async (original) => {
  const real = await original<typeof fflate>();
  return {
    ...real,
    inflateSync: (...args: Parameters<typeof real.inflateSync>) => {
      const out = real.inflateSync(...args);
      inflated.push(out.length);
      return out;
    },
  };
});

const DICTIONARY = new TextEncoder().encode('{"format":"test"}');

describe('framed JSON', () => {
  it('gives back what was framed', () => {
    const value = { format: 'test', list: [1, 2, 3], text: 'Grüße, Zoë' };
    const framed = frameJson(value, DICTIONARY);
    expect(framed).toBeDefined();
    const back = unframeJson(framed ?? '', DICTIONARY, 10_000);
    expect(back.ok && JSON.parse(back.json)).toEqual(value);
  });

  it('refuses text that inflates past the limit, holding no more than the limit in memory', () => {
    // A few kilobytes of text that would inflate to 20 MB.
    const bomb = frameJson({ format: 'test', pad: ' '.repeat(20_000_000) }, DICTIONARY);
    expect(bomb).toBeDefined();
    expect((bomb ?? '').length).toBeLessThan(100_000);
    inflated.length = 0;
    expect(unframeJson(bomb ?? '', DICTIONARY, 50_000)).toEqual({ ok: false, problem: 'damaged' });
    // It was inflated into a buffer one byte past the limit, never to its 20 MB.
    expect(Math.max(...inflated)).toBeLessThanOrEqual(50_001);
  });
});

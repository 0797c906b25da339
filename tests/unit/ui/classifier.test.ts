import { describe, expect, it, vi } from 'vitest';

let attempts = 0;
vi.mock('../../../src/ui/campaign/classifierChunk', () => {
  attempts += 1;
  if (attempts === 1) throw new Error('offline');
  return { callerSaid: () => ({ type: 'caller.said' }) };
});

describe('loadClassifier', () => {
  it('tries again after a failed fetch instead of keeping the failure', async () => {
    const { loadClassifier } = await import('../../../src/ui/campaign/classifier');
    await expect(loadClassifier()).rejects.toThrow();
    const loaded = await loadClassifier();
    expect(typeof loaded.callerSaid).toBe('function');
  });
});

import { describe, expect, it } from 'vitest';
import { keep, loadKept, MAX_KEPT, MAX_TEXT, removeKept } from '../../src/ui/own/ownStore';

const one = (id: string, text = `id: ${id}`) => ({ id, title: id, name: `${id}.yaml`, text });

describe('own scenarios kept on the device', () => {
  it('keeps one per id, refuses past the limits with a reason, and forgets a damaged store', () => {
    localStorage.clear();
    expect(keep(one('a'))).toEqual({ ok: true });
    expect(keep(one('a', 'id: a # changed'))).toEqual({ ok: true });
    expect(loadKept().map((k) => k.text)).toEqual(['id: a # changed']);
    const big = keep(one('b', 'x'.repeat(MAX_TEXT + 1)));
    expect(big.ok ? '' : big.reason).toMatch(/longer than/);
    for (let i = loadKept().length; i < MAX_KEPT; i++) keep(one(`s${i}`));
    const full = keep(one('extra'));
    expect(full.ok ? '' : full.reason).toMatch(/remove one first/);
    removeKept('a');
    expect(loadKept().some((k) => k.id === 'a')).toBe(false);
    localStorage.setItem('follow-up-call-trainer.ownScenarios', '{not json');
    expect(loadKept()).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCallLog } from '../../../src/scoring/index';

describe('parseCallLog', () => {
  it('accepts a contract call log and defaults missing turns to none', () => {
    const r = parseCallLog({
      attempts: [{ day: 3, time: '10:30', reached: 'no_answer' }],
      movedOn: true,
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.log.attempts[0]?.turns).toEqual([]);
  });

  it('names the field and attempt of a bad time', () => {
    const r = parseCallLog({ attempts: [{ day: 3, time: '25:00', reached: 'voicemail' }] });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/attempts\[0\]\.time.*HH:MM/) });
  });

  it('rejects an unknown party', () => {
    const r = parseCallLog({ attempts: [{ day: 3, time: '10:30', reached: 'robot' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/reached must be one of/);
  });

  it('says what is missing', () => {
    const r = parseCallLog({ attempts: [{ time: '10:30', reached: 'voicemail' }] });
    expect(r).toEqual({ ok: false, error: 'attempts[0].day is missing' });
  });

  it('rejects things that are not objects', () => {
    for (const v of [null, 3, 'log', [], undefined]) expect(parseCallLog(v).ok).toBe(false);
  });
});

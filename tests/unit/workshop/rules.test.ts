import { describe, expect, it } from 'vitest';
import { packLink, tooLongForQr } from '../../../src/workshop/packLink';
import { DEFAULT_PACK_SETTINGS, newPack, type PackSettings } from '../../../src/workshop/packTypes';
import { OPEN_PRACTICE, rulesOf, scenariosIn } from '../../../src/workshop/rules';

const OPENED = Date.parse('2026-12-01T09:00:00Z');

function packWith(settings: Partial<PackSettings> = {}) {
  return newPack({
    id: 'p',
    title: 'Workshop',
    scenarios: ['b', 'a'],
    settings: { ...DEFAULT_PACK_SETTINGS, ...settings },
  });
}

describe('session rules', () => {
  it('offers everything without a pack', () => {
    expect(rulesOf(undefined)).toEqual(OPEN_PRACTICE);
  });

  it('offers only the pack’s ways to answer, its voices and model lines', () => {
    const rules = rulesOf(packWith({ modes: ['choose'], voices: false, modelAnswers: false }));
    expect(rules.modes).toEqual({ choose: true, type: false, speak: false });
    expect(rules.voices).toBe(false);
    expect(rules.modelAnswers).toBe(false);
    expect(rules.askName).toBe(true);
  });

  it('keeps typing when a pack allows speaking only', () => {
    expect(rulesOf(packWith({ modes: ['speak'] })).modes).toEqual({
      choose: false,
      type: true,
      speak: true,
    });
  });

  it('holds the scores until every scenario of the pack is finished since it was opened', () => {
    const pack = packWith({ scores: 'end' });
    const before = { scenarioId: 'a', finishedAt: '2026-11-30T09:00:00Z' };
    const a = { scenarioId: 'a', finishedAt: '2026-12-01T09:10:00Z' };
    const other = { scenarioId: 'z', finishedAt: '2026-12-01T09:12:00Z' };
    const b = { scenarioId: 'b', finishedAt: '2026-12-01T09:20:00+01:00' };
    expect(rulesOf(pack, OPENED, [before, a, a, other])).toMatchObject({
      scoresShown: false,
      scoresHeld: { done: 1, total: 2 },
    });
    // 09:20 at +01:00 is 08:20 UTC: before the pack was opened.
    expect(rulesOf(pack, OPENED, [a, b]).scoresShown).toBe(false);
    const done = rulesOf(pack, OPENED, [a, { ...b, finishedAt: '2026-12-01T09:30:00Z' }]);
    expect(done.scoresShown).toBe(true);
    expect(done.scoresHeld).toBeUndefined();
  });

  it('shows the scores after each campaign when the pack says so', () => {
    expect(rulesOf(packWith({ scores: 'each' }), OPENED, []).scoresShown).toBe(true);
  });

  it('lists the pack’s scenarios in its order, skipping none it names', () => {
    const library = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(scenariosIn(packWith(), library).map((s) => s.id)).toEqual(['b', 'a']);
    expect(scenariosIn(undefined, library)).toEqual(library);
  });
});

describe('pack links', () => {
  it('puts the pack in the app’s fragment, replacing any other', () => {
    expect(packLink('https://cc.example/trainer/#/progress', '1.abc')).toBe(
      'https://cc.example/trainer/#/pack/1.abc',
    );
    expect(packLink('http://127.0.0.1:4173/', '1.x')).toBe('http://127.0.0.1:4173/#/pack/1.x');
  });

  it('warns of a link too long for a reliable QR code', () => {
    expect(tooLongForQr('x'.repeat(500))).toBe(false);
    expect(tooLongForQr('x'.repeat(501))).toBe(true);
  });
});

import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, fromBase64Url, toBase64Url } from '../../../src/workshop/bytes';
import {
  checkPack,
  DEFAULT_PACK_SETTINGS,
  decodePack,
  ENCODED_MAX_CHARS,
  encodeLinkData,
  encodePack,
  INPUT_MODES,
  newPack,
  PACK_VERSION,
  type Pack,
  REFUSALS,
} from '../../../src/workshop/pack';

const LIBRARY = ['friendly-receptionist', 'still-deciding', 'position-filled', 'too-soon'];

function fakePack(overrides: Partial<Pack> = {}): Pack {
  return {
    ...newPack({
      id: 'pack-1',
      title: 'Tuesday workshop',
      scenarios: ['friendly-receptionist', 'position-filled'],
      settings: DEFAULT_PACK_SETTINGS,
    }),
    ...overrides,
  };
}

const encodeJson = encodeLinkData;

const packs = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  title: fc
    .string({ minLength: 1, maxLength: 80, unit: 'grapheme' })
    .filter((t) => t.trim() === t && t.trim().length > 0 && t.length <= 80),
  scenarios: fc.uniqueArray(fc.stringMatching(/^[a-z][a-zA-Z0-9_-]{0,30}$/), {
    minLength: 1,
    maxLength: 20,
  }),
  settings: fc.record({
    modes: fc.subarray([...INPUT_MODES], { minLength: 1 }),
    voices: fc.boolean(),
    modelAnswers: fc.boolean(),
    scores: fc.constantFrom('each' as const, 'end' as const),
    askName: fc.boolean(),
  }),
});

describe('workshop pack links', () => {
  it('gives back the pack it was given', () => {
    const pack = fakePack();
    expect(decodePack(encodePack(pack), LIBRARY)).toEqual({ ok: true, pack });
  });

  it('round-trips any valid pack (property)', () => {
    fc.assert(
      fc.property(packs, (fields) => {
        const pack = newPack(fields);
        const encoded = encodePack(pack);
        expect(encoded).toMatch(/^1\.[A-Za-z0-9_-]+$/);
        expect(decodePack(encoded)).toEqual({ ok: true, pack });
      }),
    );
  });

  it('stays short enough for a QR code with every built-in scenario', () => {
    const ids = LIBRARY.concat([
      'away-at-conference',
      'busy-callback',
      'long-silence',
      'strict-gatekeeper',
      'voicemail-twice',
    ]);
    const encoded = encodePack(fakePack({ scenarios: ids, id: 'a1b2c3d4e5f6' }));
    // With the link's origin it stays far below the QR warning (src/workshop/packLink.ts).
    expect(encoded.length).toBeLessThan(200);
  });

  it('refuses a link with a character changed', () => {
    const encoded = encodePack(fakePack());
    const at = Math.floor(encoded.length / 2);
    const changed = `${encoded.slice(0, at)}${encoded[at] === 'A' ? 'B' : 'A'}${encoded.slice(at + 1)}`;
    expect(decodePack(changed, LIBRARY)).toEqual({ ok: false, reason: REFUSALS.damaged });
  });

  it('never gives a different pack for a changed character (property)', () => {
    const pack = fakePack();
    const encoded = encodePack(pack);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let refused = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: encoded.length - 1 }),
        fc.constantFrom(...alphabet),
        (at, char) => {
          fc.pre(encoded[at] !== char);
          const result = decodePack(`${encoded.slice(0, at)}${char}${encoded.slice(at + 1)}`);
          // Unused bits (the deflate stream's last byte, base64's last character) change nothing.
          if (result.ok) expect(result.pack).toEqual(pack);
          else refused++;
        },
      ),
      { numRuns: 300 },
    );
    expect(refused).toBeGreaterThan(250);
  });

  it('refuses a link cut short, saying so', () => {
    const encoded = encodePack(fakePack());
    for (const cut of [3, 10, encoded.length - 8, encoded.length - 1]) {
      expect(decodePack(encoded.slice(0, cut), LIBRARY)).toEqual({
        ok: false,
        reason: REFUSALS.truncated,
      });
    }
  });

  it('names the scenarios the library does not have', () => {
    const pack = fakePack({ scenarios: ['friendly-receptionist', 'night-shift', 'cold-call'] });
    const result = decodePack(encodePack(pack), LIBRARY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain('“night-shift”, “cold-call”');
    expect(result.reason).not.toContain('friendly-receptionist');
  });

  it('refuses a pack from a newer version, by its link or its JSON', () => {
    const encoded = encodePack(fakePack());
    expect(decodePack(`2.${encoded.slice(2)}`)).toEqual({ ok: false, reason: REFUSALS.newer });
    expect(decodePack(encodeJson({ ...fakePack(), version: PACK_VERSION + 1 }))).toEqual({
      ok: false,
      reason: REFUSALS.newer,
    });
  });

  it('refuses an empty, over-long or foreign link', () => {
    expect(decodePack('')).toEqual({ ok: false, reason: REFUSALS.empty });
    expect(decodePack(`1.${'A'.repeat(ENCODED_MAX_CHARS)}`)).toEqual({
      ok: false,
      reason: REFUSALS.tooLong,
    });
    expect(decodePack('hello world')).toEqual({ ok: false, reason: REFUSALS.notPack });
    expect(decodePack('1.abc$def')).toEqual({ ok: false, reason: REFUSALS.notPack });
    expect(decodePack(encodeJson({ format: 'something-else', version: 1 }))).toEqual({
      ok: false,
      reason: REFUSALS.notPack,
    });
    expect(decodePack(encodeJson([1, 2, 3]))).toEqual({ ok: false, reason: REFUSALS.notPack });
  });

  it('says which field of a malformed pack is wrong', () => {
    const noMode = fakePack({ settings: { ...DEFAULT_PACK_SETTINGS, modes: [] } });
    const result = decodePack(encodeJson(noMode));
    expect(result).toEqual({
      ok: false,
      reason:
        'This workshop pack cannot be used: settings → modes allows no way to answer: at least one of choose, type or speak.',
    });
    const twice = checkPack(fakePack({ scenarios: ['too-soon', 'too-soon'] }));
    expect(twice.ok ? '' : twice.reason).toContain('scenarios names a scenario twice');
    const extra = checkPack({ ...fakePack(), secret: 'x' });
    expect(extra.ok).toBe(false);
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = decodePack(text, LIBRARY);
        expect(typeof result.ok).toBe('boolean');
        expect(decodePack(`1.${toBase64Url(strToU8(text))}`).ok).toBe(false);
      }),
    );
  });
});

describe('base64url', () => {
  it('round-trips any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('matches CRC-32 of a known text', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });
});

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardOf } from '../../../src/scenario/card';
import type { OwnScenarioFile } from '../../../src/scenario/ownFile';
import {
  DEFAULT_PACK_SETTINGS,
  decodePack,
  ENCODED_MAX_CHARS,
  encodeLinkData,
  FILE_REFUSALS,
  newPack,
  PACK_VERSION,
  type Pack,
  packTravel,
  REFUSALS,
} from '../../../src/workshop/pack';
import { packFileName, packFileText, readPackText } from '../../../src/workshop/packFile';
import { checkPackScenarios } from '../../../src/workshop/packScenarios';
import { fakeScenarioYaml } from '../../helpers/fakes';

const LIBRARY = ['friendly-receptionist', 'still-deciding', 'position-filled', 'too-soon'];

const tiny = (id = 'my-call', title = 'My call'): OwnScenarioFile => ({
  id,
  title,
  name: `${id}.yaml`,
  text: fakeScenarioYaml({ id, title }),
});

/** A built-in scenario's whole file as an own copy: far too big for a link. */
const bigCopy = (): OwnScenarioFile => {
  const text = readFileSync('scenarios/strict-gatekeeper.yaml', 'utf8').replace(
    /^id: strict-gatekeeper$/m,
    'id: my-gatekeeper',
  );
  return { id: 'my-gatekeeper', title: 'My gatekeeper', name: 'my-gatekeeper.yaml', text };
};

function ownPack(own: OwnScenarioFile[], overrides: Partial<Pack> = {}): Pack {
  return newPack({
    id: 'pack-own',
    title: 'Thursday jobs club',
    scenarios: ['still-deciding', ...own.map((o) => o.id)],
    settings: DEFAULT_PACK_SETTINGS,
    own,
    ...overrides,
  });
}

/** The link text of a pack known to fit a link. */
function linkOf(pack: Pack): string {
  const travel = packTravel(pack);
  if (travel.by !== 'link') throw new Error(`expected a link, got ${travel.by}`);
  return travel.encoded;
}

describe('a pack with own scenarios', () => {
  it('carries their YAML in the link when it fits, and gives it back', () => {
    const pack = ownPack([tiny()]);
    expect(pack.version).toBe(PACK_VERSION);
    const encoded = linkOf(pack);
    expect(encoded.length).toBeLessThanOrEqual(ENCODED_MAX_CHARS);
    expect(decodePack(encoded, LIBRARY)).toEqual({ ok: true, pack });
  });

  it('round-trips any own scenario text that fits (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { minLength: 1, maxLength: 3 }),
        fc.string({ maxLength: 400 }),
        (ids, text) => {
          const own = ids.map((id) => ({ id, title: `T ${id}`, name: `${id}.yaml`, text }));
          const pack = ownPack(own, { scenarios: ids });
          const travel = packTravel(pack);
          expect(travel.by).not.toBe('none');
          if (travel.by === 'none') return;
          expect(decodePack(travel.encoded, [], travel.by)).toEqual({ ok: true, pack });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is too big for a link with a built-in-sized own scenario, and travels as a file', () => {
    const pack = ownPack([bigCopy()]);
    const travel = packTravel(pack);
    expect(travel.by).toBe('file');
    if (travel.by !== 'file') return;
    expect(travel.encoded.length).toBeGreaterThan(ENCODED_MAX_CHARS);
    expect(travel.reason).toContain('too big for a link');
    // As a link it is refused before decompressing; in its file it opens.
    expect(decodePack(travel.encoded, LIBRARY)).toEqual({ ok: false, reason: REFUSALS.tooLong });
    const file = packFileText(pack.title, travel.encoded);
    const read = readPackText(file);
    expect(read).toEqual({ ok: true, encoded: travel.encoded, from: 'file' });
    if (!read.ok) return;
    expect(decodePack(read.encoded, LIBRARY, read.from)).toEqual({ ok: true, pack });
    expect(packFileName(pack.title)).toBe('thursday-jobs-club.pack.json');
  });

  it('is too big even for a file past the frame’s length, saying so', () => {
    // Text deflate cannot shrink: 20 scenarios of random base64, 6 bits a character.
    const noise = () => randomBytes(4500).toString('base64');
    const own = Array.from({ length: 20 }, (_, i) => ({ ...tiny(`n${i}`), text: noise() }));
    const travel = packTravel(ownPack(own, { scenarios: own.map((o) => o.id) }));
    expect(travel).toMatchObject({ by: 'none', reason: expect.stringContaining('too big even') });
  });

  it('refuses a changed pack file, a cut one, a newer one and a foreign one, in words', () => {
    const pack = ownPack([bigCopy()]);
    const travel = packTravel(pack);
    if (travel.by !== 'file') throw new Error('expected a file');
    const at = Math.floor(travel.encoded.length / 2);
    const changed = `${travel.encoded.slice(0, at)}${travel.encoded[at] === 'A' ? 'B' : 'A'}${travel.encoded.slice(at + 1)}`;
    expect(decodePack(changed, LIBRARY, 'file')).toEqual({
      ok: false,
      reason: FILE_REFUSALS.damaged,
    });
    expect(decodePack(travel.encoded.slice(0, -10), LIBRARY, 'file')).toEqual({
      ok: false,
      reason: FILE_REFUSALS.truncated,
    });
    const newer = packFileText(pack.title, travel.encoded).replace('"version": 1', '"version": 2');
    expect(readPackText(newer)).toEqual({ ok: false, reason: REFUSALS.newer });
    expect(readPackText('{"format":"follow-up-call-trainer/results","version":1}').ok).toBe(false);
    expect(readPackText('hello').ok).toBe(false);
  });

  it('reads a pasted workshop link as well as a file', () => {
    const encoded = linkOf(ownPack([tiny()]));
    expect(readPackText(`https://example.org/app/#/pack/${encoded}`)).toEqual({
      ok: true,
      encoded,
      from: 'link',
    });
    expect(readPackText(` ${encoded}\n`)).toEqual({ ok: true, encoded, from: 'link' });
  });

  it('refuses own entries the pack does not list, lists twice, or a version 1 pack carrying any', () => {
    const unlisted = ownPack([tiny()], { scenarios: ['still-deciding'] });
    expect(decodePack(encodeLinkData(unlisted), LIBRARY)).toEqual({
      ok: false,
      reason: 'This workshop pack cannot be used: own → 1 → id is not in the pack’s scenarios.',
    });
    const twice = ownPack([tiny(), tiny()], { scenarios: ['my-call'] });
    const t = decodePack(encodeLinkData(twice), LIBRARY);
    expect(t.ok ? '' : t.reason).toContain('own → 2 → id comes twice');
    const v1 = { ...ownPack([tiny()]), version: 1 };
    expect(decodePack(encodeLinkData(v1), LIBRARY).ok).toBe(false);
  });

  it('does not count a carried scenario as missing from the library, but names one not carried', () => {
    const pack = ownPack([tiny()], { scenarios: ['still-deciding', 'my-call', 'night-shift'] });
    const result = decodePack(linkOf(pack), LIBRARY);
    expect(result.ok ? '' : result.reason).toContain('does not have: “night-shift”.');
    expect(result.ok ? '' : result.reason).not.toContain('my-call');
  });
});

describe('links from before own scenarios', () => {
  it('still open: a version 1 pack of built-in scenarios', () => {
    const v1 = {
      format: 'follow-up-call-trainer/pack',
      version: 1,
      id: 'old-pack',
      title: 'Made last term',
      scenarios: ['too-soon', 'still-deciding'],
      settings: DEFAULT_PACK_SETTINGS,
    };
    expect(decodePack(encodeLinkData(v1), LIBRARY)).toEqual({ ok: true, pack: v1 });
  });

  it('still open: a link made by the app before own scenarios (its exact text)', () => {
    // Made by `encodePack` at commit 21dd0c4 (pack version 1): id "3f9a0c21b7e4",
    // "Thursday jobs club", still-deciding then friendly-receptionist, default settings.
    const result = decodePack(OLD_LINK, LIBRARY);
    expect(result).toEqual({
      ok: true,
      pack: {
        format: 'follow-up-call-trainer/pack',
        version: 1,
        id: '3f9a0c21b7e4',
        title: 'Thursday jobs club',
        scenarios: ['still-deciding', 'friendly-receptionist'],
        settings: DEFAULT_PACK_SETTINGS,
      },
    });
  });

  it('writes a pack of built-in scenarios only as version 1, as the app before own scenarios did', () => {
    const pack = ownPack([]);
    expect(pack.version).toBe(1);
    expect(pack).not.toHaveProperty('own');
    // The same link text the app before own scenarios made, so it opens there too.
    const same = newPack({
      id: '3f9a0c21b7e4',
      title: 'Thursday jobs club',
      scenarios: ['still-deciding', 'friendly-receptionist'],
      settings: DEFAULT_PACK_SETTINGS,
    });
    expect(linkOf(same)).toBe(OLD_LINK);
  });

  it('refuses a pack from a version after this one', () => {
    const next = { ...ownPack([tiny()]), version: PACK_VERSION + 1 };
    expect(decodePack(encodeLinkData(next), LIBRARY)).toEqual({
      ok: false,
      reason: REFUSALS.newer,
    });
  });
});

describe('own scenarios checked on the participant’s device', () => {
  it('are playable when they pass the loader’s checks', () => {
    const pack = ownPack([tiny()]);
    const { playable, refused } = checkPackScenarios(pack, LIBRARY);
    expect(refused).toEqual([]);
    expect(playable.map((p) => p.file)).toEqual(pack.own);
    expect(playable[0] && cardOf(playable[0].scenario)).toEqual({
      id: 'my-call',
      title: 'My call',
      summary: 'A very short call.',
      difficulty: 'easy',
      tips: ['T2'],
    });
  });

  it('refuses a broken or tampered one at file:line:column, the others still playable', () => {
    const good = tiny('good-one', 'Good one');
    const broken = { ...tiny('broken-one', 'Broken one'), text: 'version: 1\nid: [oops\n' };
    const renamed = { ...tiny('renamed', 'Renamed'), text: fakeScenarioYaml({ id: 'other-id' }) };
    const builtInId = {
      ...tiny('too-soon', 'Too soon copy'),
      text: fakeScenarioYaml({ id: 'too-soon' }),
    };
    const pack = ownPack([good, broken, renamed, builtInId]);
    const { playable, refused } = checkPackScenarios(pack, LIBRARY);
    expect(playable.map((p) => p.file.id)).toEqual(['good-one']);
    expect(refused.map((r) => r.id)).toEqual(['broken-one', 'renamed', 'too-soon']);
    expect(refused[0]?.reason).toMatch(/^broken-one\.yaml:\d+:\d+: /);
    const idLine = renamed.text.split('\n').findIndex((l) => l.startsWith('id:')) + 1;
    expect(refused[1]?.reason).toBe(
      `renamed.yaml:${idLine}:5: the file's id is "other-id", but the pack lists it as "renamed"`,
    );
    expect(refused[2]?.reason).toMatch(/^too-soon\.yaml:\d+:\d+: the id "too-soon" is a built-in/);
    expect(refused.map((r) => r.builtIn === true)).toEqual([false, false, true]);
  });
});

const OLD_LINK =
  '1.ADUjP3yM0ywTDZKNDJPMU02Qwioko7SoOCWxUiErP6lYITmnNAk9mNCiCFdcAkOIiPCkSjgCADC2htA';

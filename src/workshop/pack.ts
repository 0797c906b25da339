/**
 * A workshop pack: the title, the scenarios in order and the settings a facilitator chose,
 * carried whole in a link's fragment (`#/pack/<encoded>`), so nothing is sent anywhere.
 *
 * Encoded: `1.` (the link format) then the pack's JSON framed by `framedJson.ts` (deflated
 * against the dictionary below, with its length and a CRC-32). It is not a signature: anyone
 * can make a pack, and a decoded one is validated like any other input.
 */
import { strToU8 } from 'fflate';
import { z } from 'zod';
import { isBase64Url } from './bytes';
import { frameJson, unframeJson } from './framedJson';
import {
  INPUT_MODES,
  PACK_FORMAT,
  PACK_VERSION,
  type Pack,
  SCORE_TIMING,
  TITLE_MAX_CHARS,
} from './packTypes';

export * from './packTypes';

/** The link format's prefix; the JSON inside carries the pack's own `version` too. */
const LINK_FORMAT = '1';
/** More than this is not a pack this app made (and is refused before any decompressing). */
export const ENCODED_MAX_CHARS = 4000;
/** More scenarios than this would not fit a reliable QR code (nor a 45-minute workshop). */
export const PACK_MAX_SCENARIOS = 20;
const JSON_MAX_BYTES = 16_000;

/**
 * Link format 1 compresses against this text (a preset dictionary): a pack's keys, values and
 * the built-in scenario ids then cost a few bits each, so the link, and its QR code, stay small.
 * It is part of the format: changing it breaks every link made with it (that is format 2).
 */
const DICTIONARY = strToU8(
  '"away-at-conference","busy-callback","long-silence","position-filled","strict-gatekeeper","voicemail-twice","too-soon"' +
    ',"friendly-receptionist","still-deciding"]{"format":"follow-up-call-trainer/pack","version":1,"id":"' +
    '","title":"Follow-up call workshop","scenarios":["' +
    '"settings":{"modes":["choose","type","speak"],"voices":false,"modelAnswers":true,"scores":"each","askName":true}}' +
    '"voices":true,"modelAnswers":false,"scores":"end","askName":false}}',
);

const scenarioId = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9_-]{0,79}$/, 'is not a scenario id (a-z, digits, - or _)');

const settingsSchema = z
  .object({
    modes: z
      .array(z.enum(INPUT_MODES))
      .min(1, 'allows no way to answer: at least one of choose, type or speak')
      .refine((m) => new Set(m).size === m.length, 'names a way to answer twice'),
    voices: z.boolean(),
    modelAnswers: z.boolean(),
    scores: z.enum(SCORE_TIMING),
    askName: z.boolean(),
    room: z.boolean().optional(),
  })
  .strict();

const packSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a pack id'),
    title: z
      .string()
      .trim()
      .min(1, 'is empty')
      .max(TITLE_MAX_CHARS, `is longer than ${TITLE_MAX_CHARS} characters`),
    scenarios: z
      .array(scenarioId)
      .min(1, 'has no scenario')
      .max(PACK_MAX_SCENARIOS, `has more than ${PACK_MAX_SCENARIOS} scenarios`)
      .refine((ids) => new Set(ids).size === ids.length, 'names a scenario twice'),
    settings: settingsSchema,
  })
  .strict();

export type DecodedPack = { ok: true; pack: Pack } | { ok: false; reason: string };

/** Why a link is refused, in words a participant can act on. */
export const REFUSALS = {
  empty: 'This link has no workshop pack in it. Ask the facilitator for the link again.',
  tooLong: `This link is too long to be a workshop pack (more than ${ENCODED_MAX_CHARS} characters). Ask the facilitator for the link again.`,
  notPack:
    'This is not a workshop pack link. Check that you copied the whole link, or scan the QR code.',
  newer:
    'This workshop pack was made by a newer version of the trainer. Reload the page to get the new version, or ask the facilitator for a new link.',
  truncated:
    'This link is cut short: part of it is missing. Copy the whole link again, or scan the QR code.',
  damaged:
    'This link was changed after it was made: its check does not match. Copy the whole link again, or scan the QR code.',
} as const;

/** The pack as link text (compressed, URL-safe, with its check). */
export function encodePack(pack: Pack): string {
  return encodeLinkData(pack);
}

/** Any JSON value in the link format (`encodePack` is this for a pack). */
export function encodeLinkData(data: unknown): string {
  const body = frameJson(data, DICTIONARY);
  // A pack is at most a few hundred bytes; only arbitrary data could be too big to frame.
  if (body === undefined) throw new RangeError('Too big for a link');
  return `${LINK_FORMAT}.${body}`;
}

/**
 * The pack in link text, or why it is refused: empty, over-long, cut, changed, from a newer
 * version, malformed, or (given the library's scenario ids) naming a scenario not in it.
 */
export function decodePack(encoded: string, known?: readonly string[]): DecodedPack {
  const text = encoded.trim();
  if (text === '') return refuse(REFUSALS.empty);
  if (text.length > ENCODED_MAX_CHARS) return refuse(REFUSALS.tooLong);
  const dot = text.indexOf('.');
  const format = dot < 0 ? '' : text.slice(0, dot);
  const body = text.slice(dot + 1);
  if (!/^\d{1,4}$/.test(format) || !isBase64Url(body)) return refuse(REFUSALS.notPack);
  if (format !== LINK_FORMAT) return refuse(REFUSALS.newer);
  const framed = unframeJson(body, DICTIONARY, JSON_MAX_BYTES);
  if (!framed.ok) {
    return refuse(framed.problem === 'truncated' ? REFUSALS.truncated : REFUSALS.damaged);
  }
  let data: unknown;
  try {
    data = JSON.parse(framed.json);
  } catch {
    return refuse(REFUSALS.damaged);
  }
  return checkPack(data, known);
}

/** A pack read from anywhere (a link, a file) checked against the schema and the library. */
export function checkPack(data: unknown, known?: readonly string[]): DecodedPack {
  if (typeof data !== 'object' || data === null || !('format' in data)) {
    return refuse(REFUSALS.notPack);
  }
  if (data.format !== PACK_FORMAT) return refuse(REFUSALS.notPack);
  const version = 'version' in data ? data.version : undefined;
  if (typeof version === 'number' && version > PACK_VERSION) return refuse(REFUSALS.newer);
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(' → ') : 'the pack';
    return refuse(
      `This workshop pack cannot be used: ${where} ${issue?.message ?? 'is not valid'}.`,
    );
  }
  const pack = parsed.data;
  if (known) {
    const missing = pack.scenarios.filter((id) => !known.includes(id));
    if (missing.length > 0) {
      const names = missing.map((id) => `“${id}”`).join(', ');
      return refuse(
        `This workshop pack names ${missing.length === 1 ? 'a scenario' : 'scenarios'} this app does not have: ${names}. Reload the page to get the newest version, or ask the facilitator for a new link.`,
      );
    }
  }
  return { ok: true, pack };
}

function refuse(reason: string): DecodedPack {
  return { ok: false, reason };
}

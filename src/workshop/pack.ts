/**
 * A workshop pack: the title, the scenarios in order and the settings a facilitator chose,
 * carried whole in a link's fragment (`#/pack/<encoded>`), so nothing is sent anywhere.
 *
 * Encoded: `1.` (the link format) then base64url of [deflated length, 2 bytes][the pack's JSON,
 * deflated with a preset dictionary][CRC-32 of that JSON, 4 bytes]. The length tells a cut link from a changed one; the
 * check catches a changed character. It is not a signature: anyone can make a pack, and a
 * decoded one is validated like any other input.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { crc32, fromBase64Url, isBase64Url, toBase64Url } from './bytes';
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
  const json = strToU8(JSON.stringify(data));
  const deflated = deflateSync(json, { level: 9, dictionary: DICTIONARY });
  const crc = crc32(json);
  const bytes = new Uint8Array(2 + deflated.length + 4);
  bytes[0] = deflated.length >> 8;
  bytes[1] = deflated.length & 0xff;
  bytes.set(deflated, 2);
  new DataView(bytes.buffer).setUint32(2 + deflated.length, crc);
  return `${LINK_FORMAT}.${toBase64Url(bytes)}`;
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
  const bytes = fromBase64Url(body);
  if (!bytes || bytes.length < 2) return refuse(REFUSALS.truncated);
  const length = ((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0);
  if (bytes.length < 2 + length + 4) return refuse(REFUSALS.truncated);
  if (bytes.length > 2 + length + 4) return refuse(REFUSALS.damaged);
  const json = inflated(bytes.subarray(2, 2 + length));
  const crc = new DataView(bytes.buffer, bytes.byteOffset).getUint32(2 + length);
  if (!json || crc32(json) !== crc) return refuse(REFUSALS.damaged);
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(json));
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

function inflated(deflated: Uint8Array): Uint8Array | undefined {
  try {
    const out = inflateSync(deflated, { dictionary: DICTIONARY });
    return out.length > JSON_MAX_BYTES ? undefined : out;
  } catch {
    return undefined;
  }
}

function refuse(reason: string): DecodedPack {
  return { ok: false, reason };
}

/**
 * A workshop pack: the title, the scenarios in order (built-in ones, and the coach's own with
 * their YAML) and the settings a facilitator chose, carried whole in a link's fragment
 * (`#/pack/<encoded>`), or in a pack file when it is too big for a link: nothing is sent anywhere.
 *
 * Encoded: `1.` (the link format) then the pack's JSON framed by `framedJson.ts` (deflated
 * against the dictionary below, with its length and a CRC-32). A pack file holds the same
 * encoded text (see `packFile.ts`). It is not a signature: anyone can make a pack, and a decoded
 * one is validated like any other input (an own scenario's YAML by the loader, elsewhere).
 */
import { strToU8 } from 'fflate';
import { z } from 'zod';
import { OWN_TEXT_MAX_CHARS } from '../scenario/ownFile';
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
/**
 * The most a link may hold: more is not a pack link this app made (and is refused before any
 * decompressing). A pack with own scenarios longer than this travels as a pack file.
 */
export const ENCODED_MAX_CHARS = 4000;
/** More scenarios than this would not fit a reliable QR code (nor a 45-minute workshop). */
export const PACK_MAX_SCENARIOS = 20;
/**
 * The most a pack file's encoded pack may hold: the frame's 2-byte length (65,535 deflated
 * bytes) in base64url, with the format's prefix. About a dozen own scenarios of built-in size.
 */
export const PACK_FILE_MAX_CHARS = 87_400;

/** Where encoded text came from: a link (or a SCORM package) or a pack file. */
export type PackSource = 'link' | 'file';

const LIMITS: Record<PackSource, { chars: number; jsonBytes: number }> = {
  // A link's 4,000 characters inflate to far less than this (own YAML deflates about 4 to 1).
  link: { chars: ENCODED_MAX_CHARS, jsonBytes: 200_000 },
  file: {
    chars: PACK_FILE_MAX_CHARS,
    jsonBytes: PACK_MAX_SCENARIOS * OWN_TEXT_MAX_CHARS + 100_000,
  },
};

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

const ownSchema = z
  .object({
    id: scenarioId,
    title: z.string().min(1, 'is empty').max(200, 'is longer than 200 characters'),
    // Problems are located in it ("name:line:column"): one plain file name.
    name: z.string().regex(/^[^\p{Cc}/\\]{1,100}$/u, 'is not a file name'),
    text: z
      .string()
      .max(
        OWN_TEXT_MAX_CHARS,
        `is longer than ${OWN_TEXT_MAX_CHARS.toLocaleString('en-US')} characters`,
      ),
  })
  .strict();

const packFields = {
  format: z.literal(PACK_FORMAT),
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
};

/** Version 1: built-in scenarios only (links made before own scenarios could travel). */
const packV1Schema = z.object({ ...packFields, version: z.literal(1) }).strict();

/** Version 2: as 1, and maybe the coach's own scenarios, each listed in `scenarios`. */
const packV2Schema = z
  .object({
    ...packFields,
    version: z.literal(PACK_VERSION),
    own: z
      .array(ownSchema)
      .min(1, 'is empty (leave it out instead)')
      .max(PACK_MAX_SCENARIOS, `has more than ${PACK_MAX_SCENARIOS} scenarios`)
      .optional(),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.own?.forEach((file, i) => {
      const path = ['own', i, 'id'];
      if (seen.has(file.id)) ctx.addIssue({ code: 'custom', path, message: 'comes twice' });
      else if (!pack.scenarios.includes(file.id)) {
        ctx.addIssue({ code: 'custom', path, message: 'is not in the pack’s scenarios' });
      }
      seen.add(file.id);
    });
  });

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

/** The same, for a pack file (the other reasons read the same for a file). */
export const FILE_REFUSALS = {
  tooLong: `This workshop pack file is too big to be one (its pack is more than ${PACK_FILE_MAX_CHARS.toLocaleString('en-US')} characters). Ask the facilitator for the file again.`,
  truncated:
    'This workshop pack file is cut short: part of it is missing. Ask the facilitator for the file again.',
  damaged:
    'This workshop pack file was changed after it was made: its check does not match. Ask the facilitator for the file again.',
} as const;

/** How a pack can travel: in a link when it fits one, else in a pack file, else not at all. */
export type PackTravel =
  | { by: 'link'; encoded: string }
  | { by: 'file'; encoded: string; reason: string }
  | { by: 'none'; reason: string };

/** The pack as link text (compressed, URL-safe, with its check). */
export function encodePack(pack: Pack): string {
  return encodeLinkData(pack);
}

/** Any JSON value in the link format (`encodePack` is this for a pack). */
export function encodeLinkData(data: unknown): string {
  const body = frameJson(data, DICTIONARY);
  // Only own scenarios (or arbitrary data) could be too big to frame: `packTravel` says so.
  if (body === undefined) throw new RangeError('Too big for a link');
  return `${LINK_FORMAT}.${body}`;
}

/**
 * Whether the pack fits a link (the whole link's pack part within `ENCODED_MAX_CHARS`), else a
 * pack file, else neither; with the reason, in words a facilitator can act on.
 */
export function packTravel(pack: Pack): PackTravel {
  const body = frameJson(pack, DICTIONARY);
  const encoded = body === undefined ? undefined : `${LINK_FORMAT}.${body}`;
  if (encoded === undefined || encoded.length > PACK_FILE_MAX_CHARS) {
    return {
      by: 'none',
      reason:
        'This pack is too big even for a pack file: take out one of your own scenarios (or make it shorter).',
    };
  }
  if (encoded.length <= ENCODED_MAX_CHARS) return { by: 'link', encoded };
  return {
    by: 'file',
    encoded,
    reason: `With your own scenarios this pack is ${encoded.length.toLocaleString('en-US')} characters, and a link holds at most ${ENCODED_MAX_CHARS.toLocaleString('en-US')}: it is too big for a link.`,
  };
}

/**
 * The pack in link text (or a pack file's), or why it is refused: empty, over-long, cut,
 * changed, from a newer version, malformed, or (given the library's scenario ids) naming a
 * scenario neither in it nor carried by the pack.
 */
export function decodePack(
  encoded: string,
  known?: readonly string[],
  from: PackSource = 'link',
): DecodedPack {
  const text = encoded.trim();
  const said = from === 'file' ? { ...REFUSALS, ...FILE_REFUSALS } : REFUSALS;
  if (text === '') return refuse(said.empty);
  if (text.length > LIMITS[from].chars) return refuse(said.tooLong);
  const dot = text.indexOf('.');
  const format = dot < 0 ? '' : text.slice(0, dot);
  const body = text.slice(dot + 1);
  if (!/^\d{1,4}$/.test(format) || !isBase64Url(body)) return refuse(REFUSALS.notPack);
  if (format !== LINK_FORMAT) return refuse(REFUSALS.newer);
  const framed = unframeJson(body, DICTIONARY, LIMITS[from].jsonBytes);
  if (!framed.ok) {
    return refuse(framed.problem === 'truncated' ? said.truncated : said.damaged);
  }
  let data: unknown;
  try {
    data = JSON.parse(framed.json);
  } catch {
    return refuse(said.damaged);
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
  const parsed = (version === 1 ? packV1Schema : packV2Schema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Lists counted from 1, as a person counts them.
    const where = issue?.path.length
      ? issue.path.map((p) => (typeof p === 'number' ? p + 1 : String(p))).join(' → ')
      : 'the pack';
    return refuse(
      `This workshop pack cannot be used: ${where} ${issue?.message ?? 'is not valid'}.`,
    );
  }
  const pack: Pack = parsed.data;
  if (known) {
    const carried = new Set(pack.own?.map((o) => o.id));
    const missing = pack.scenarios.filter((id) => !known.includes(id) && !carried.has(id));
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

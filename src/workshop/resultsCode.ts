/**
 * A results file as text for one QR code (a "results code"), and back: what a participant's
 * phone shows and the facilitator's laptop reads with its camera, or has pasted into it.
 *
 * A code is `fuct-results.1.` (what it is, and the code format) then the file's JSON framed by
 * `framedJson.ts` (deflated against the dictionary below, with its length and a CRC-32). The
 * JSON that comes out is checked by `parseResultsFile`, like a file's: one validator.
 */
import { strToU8 } from 'fflate';
import { frameJson, unframeJson } from './framedJson';
import { RESULTS_LIMITS, type ResultsFile, type ResultsFileOut } from './results';

/** Says what the text is, so a pack link or a stray code is told apart. */
const CODE_KIND = 'fuct-results';
const CODE_FORMAT = '1';

/**
 * The longest code shown as a QR code. 1,500 characters is a version 32 code at medium error
 * correction: 145 modules a side. On a phone screen (about 60 mm across) a module is 0.4 mm;
 * a 720p laptop camera 20–25 cm away sees about 5 pixels per millimetre, so about 2 pixels a
 * module, the least a decoder needs. Anything denser fails often; a file always works.
 */
export const QR_CODE_MAX_CHARS = 1500;

/**
 * More than this cannot have come from a QR code (version 40 at low error correction holds
 * 2,953 bytes), and a pasted code is refused before any decompressing.
 */
export const CODE_MAX_CHARS = 2953;

/**
 * Code format 1 compresses against this text (a preset dictionary): the keys and common values
 * of a results file and its call logs. It is part of the format: changing it is format 2.
 */
const DICTIONARY = strToU8(
  '"calendar":{"interviewOn":"mon","open":"09:00","close":"17:00","closed":["sat","sun"]},' +
    '"decision":{"kind":"decision","says":"soon","spans":[{"fromDay":0,"toDay":7}]},' +
    '"windows":[{"kind":"callback","says":"","spans":[{"fromDay":' +
    '"reached":"voicemail","reached":"gatekeeper","movedOn":false,"movedOn":true}' +
    '{"speaker":"me","text":"","how":"typed","how":"spoken","how":"chosen","node":"","choice":"",' +
    '"intents":["greeting","identify","ask_for_person","thanks","express_interest","ask_status","ask_timeline","closing"],"model":"' +
    '{"speaker":"them","text":"' +
    '{"format":"follow-up-call-trainer/results","version":1,"name":"","pack":{"id":"","title":"","scenarios":["' +
    '"handedInAt":"2026-03-02T11:00:00.000Z","attempts":[{"id":"","scenarioId":"","scenarioTitle":"",' +
    '"finishedAt":"2026-03-02T10:00:00.000Z","log":{"scenario":"","thankYouNote":false,"thankYouNote":true,' +
    '"people":{"caller":"","interviewer":"","company":""},"attempts":[{"day":3,"time":"10:30","reached":"interviewer","turns":[',
);

export const CODE_REFUSALS = {
  empty: 'The code is empty: scan it again, or paste the whole code.',
  tooLong: `This is too long to be a results code (more than ${CODE_MAX_CHARS.toLocaleString('en-US')} characters).`,
  packLink:
    'This is a workshop pack link (for opening a workshop), not a participant’s results code.',
  foreign: `This is not a Follow-Up Call Trainer results code (it does not start with “${CODE_KIND}.”).`,
  newer:
    'This results code was made by a newer version of the app: reload this page, or ask for the results file.',
  truncated: 'This results code is cut short: scan it again, or paste the whole code.',
  damaged:
    'This results code was changed or damaged: its check does not match. Scan it again, or ask for the results file.',
} as const;

export type DecodedResultsCode = { ok: true; json: string } | { ok: false; reason: string };

/**
 * The results file as a code; undefined when it is far too big for one. The scores the
 * participant saw are left out: the dashboard grades every call log again and ignores them.
 */
export function encodeResultsCode(results: ResultsFile | ResultsFileOut): string | undefined {
  const data = {
    ...results,
    attempts: results.attempts.map(({ id, scenarioId, scenarioTitle, finishedAt, log }) => ({
      id,
      scenarioId,
      scenarioTitle,
      finishedAt,
      log,
    })),
  };
  const body = frameJson(data, DICTIONARY);
  return body === undefined ? undefined : `${CODE_KIND}.${CODE_FORMAT}.${body}`;
}

/** True when the code fits one QR code that a laptop camera reads reliably from a phone. */
export function fits(code: string): boolean {
  return code.length <= QR_CODE_MAX_CHARS;
}

/**
 * The results file's JSON text in a code (to be read by `parseResultsFile`), or why the code is
 * refused: empty, too long, a pack link, foreign, newer, cut or changed. Never throws.
 */
export function decodeResultsCode(code: string): DecodedResultsCode {
  // A phone's scanner app or an e-mail may wrap the code or add spaces around it.
  const text = code.replace(/\s+/g, '');
  if (text === '') return refuse(CODE_REFUSALS.empty);
  if (text.length > CODE_MAX_CHARS) return refuse(CODE_REFUSALS.tooLong);
  if (text.includes('#/pack/') || /^\d{1,4}\.[A-Za-z0-9_-]+$/.test(text)) {
    return refuse(CODE_REFUSALS.packLink);
  }
  const [kind, format, body, ...rest] = text.split('.');
  if (kind !== CODE_KIND || body === undefined || rest.length > 0) {
    return refuse(CODE_REFUSALS.foreign);
  }
  if (format !== CODE_FORMAT) {
    return refuse(/^\d{1,4}$/.test(format ?? '') ? CODE_REFUSALS.newer : CODE_REFUSALS.foreign);
  }
  // Deflate expands at most about 1,032 times: the limit stops a code that would fill memory.
  const framed = unframeJson(body, DICTIONARY, RESULTS_LIMITS.chars);
  if (framed.ok) return framed;
  return refuse(framed.problem === 'truncated' ? CODE_REFUSALS.truncated : CODE_REFUSALS.damaged);
}

function refuse(reason: string): DecodedResultsCode {
  return { ok: false, reason };
}

/**
 * JSON as compact, URL-safe text with a check, shared by pack links and results codes: base64url
 * of [deflated length, 2 bytes][the JSON, deflated against a preset dictionary][CRC-32 of the
 * JSON, 4 bytes]. The length tells cut text from changed text; the check catches a changed
 * character. It is not a signature: whatever comes out is validated like any other input.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { crc32, fromBase64Url, isBase64Url, toBase64Url } from './bytes';

/** The most deflated bytes the 2-byte length can say. */
const DEFLATED_MAX_BYTES = 0xffff;

/** Why framed text could not be read. */
export type Unframed =
  | { ok: true; json: string }
  | { ok: false; problem: 'notBase64' | 'truncated' | 'damaged' };

/** The value's JSON, framed as base64url text (no padding); undefined when too big to frame. */
export function frameJson(data: unknown, dictionary: Uint8Array): string | undefined {
  const json = strToU8(JSON.stringify(data));
  const deflated = deflateSync(json, { level: 9, dictionary });
  if (deflated.length > DEFLATED_MAX_BYTES) return undefined;
  const bytes = new Uint8Array(2 + deflated.length + 4);
  bytes[0] = deflated.length >> 8;
  bytes[1] = deflated.length & 0xff;
  bytes.set(deflated, 2);
  new DataView(bytes.buffer).setUint32(2 + deflated.length, crc32(json));
  return toBase64Url(bytes);
}

/** The JSON text in framed text, or what is wrong with it; never throws. */
export function unframeJson(body: string, dictionary: Uint8Array, maxBytes: number): Unframed {
  if (!isBase64Url(body)) return { ok: false, problem: 'notBase64' };
  const bytes = fromBase64Url(body);
  if (!bytes || bytes.length < 2) return { ok: false, problem: 'truncated' };
  const length = ((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0);
  if (bytes.length < 2 + length + 4) return { ok: false, problem: 'truncated' };
  if (bytes.length > 2 + length + 4) return { ok: false, problem: 'damaged' };
  let json: Uint8Array;
  try {
    // Into a buffer one byte past the limit: a small text that inflates to megabytes (a "zip
    // bomb") never takes more memory than that, and a full buffer means it was too big.
    json = inflateSync(bytes.subarray(2, 2 + length), {
      dictionary,
      out: new Uint8Array(maxBytes + 1),
    });
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const crc = new DataView(bytes.buffer, bytes.byteOffset).getUint32(2 + length);
  if (json.length > maxBytes || crc32(json) !== crc) return { ok: false, problem: 'damaged' };
  try {
    return { ok: true, json: strFromU8(json) };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}

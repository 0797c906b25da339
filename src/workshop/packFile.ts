/**
 * A workshop pack as a file, for a pack too big for a link (own scenarios carry their YAML):
 * a small JSON document that names what it is, its version and the workshop's title, and holds
 * the pack encoded exactly as a link holds it (`pack.ts`: deflated, with its length and CRC-32),
 * so a file is versioned and checked like a link and opened by the same decoder.
 */
import { FILE_REFUSALS, REFUSALS } from './pack';

export const PACK_FILE_FORMAT = 'follow-up-call-trainer/pack-file';
export const PACK_FILE_VERSION = 1;
/** Far above any pack file (its pack is at most `PACK_FILE_MAX_CHARS`); checked before parsing. */
const FILE_MAX_CHARS = 200_000;

/** What a participant opened: a pack file's (or a pasted link's) encoded pack, or why not. */
export type ReadPackText =
  | { ok: true; encoded: string; from: 'link' | 'file' }
  | { ok: false; reason: string };

/** The file's text: pretty JSON, its pack the encoded text (`packTravel(pack).encoded`). */
export function packFileText(title: string, encoded: string): string {
  return `${JSON.stringify(
    { format: PACK_FILE_FORMAT, version: PACK_FILE_VERSION, title, pack: encoded },
    null,
    2,
  )}\n`;
}

/** A file name for the pack: its title in lower case, letters and digits, `.pack.json`. */
export function packFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'workshop'}.pack.json`;
}

const NOT_A_PACK_FILE =
  'This is not a workshop pack file. Open the “.pack.json” file the facilitator shared, or paste the workshop link.';

/**
 * The encoded pack in a pack file's text, or in a pasted workshop link (the whole address, or
 * only its pack); never throws. The pack itself is checked by `decodePack` after.
 */
export function readPackText(text: string): ReadPackText {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: false, reason: 'There is nothing here: open the pack file, or paste it.' };
  }
  if (trimmed.length > FILE_MAX_CHARS) return { ok: false, reason: FILE_REFUSALS.tooLong };
  const inLink = trimmed.indexOf('#/pack/');
  if (inLink >= 0) {
    return { ok: true, encoded: trimmed.slice(inLink + '#/pack/'.length), from: 'link' };
  }
  if (/^\d{1,4}\.[A-Za-z0-9_-]+$/.test(trimmed))
    return { ok: true, encoded: trimmed, from: 'link' };
  if (!trimmed.startsWith('{')) return { ok: false, reason: NOT_A_PACK_FILE };
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return { ok: false, reason: FILE_REFUSALS.truncated };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, reason: NOT_A_PACK_FILE };
  const file = data as Record<string, unknown>;
  if (file.format !== PACK_FILE_FORMAT) return { ok: false, reason: NOT_A_PACK_FILE };
  if (typeof file.version === 'number' && file.version > PACK_FILE_VERSION) {
    return { ok: false, reason: REFUSALS.newer };
  }
  if (file.version !== PACK_FILE_VERSION || typeof file.pack !== 'string') {
    return { ok: false, reason: FILE_REFUSALS.damaged };
  }
  return { ok: true, encoded: file.pack, from: 'file' };
}

/** The link that carries a pack, and whether its QR code will scan reliably. */

/** Where a pack sits in the app's address. */
export const PACK_PATH = '#/pack/';
/** The page that opens a pack file; a link to it names the workshop (`#/pack-file/<title>`). */
export const PACK_FILE_PATH = '#/pack-file';

/**
 * Longer links make denser QR codes: past this many characters (a version 17 code or more at
 * medium error correction) a projected or printed code is hard for phone cameras to read.
 */
export const QR_RELIABLE_CHARS = 500;

/** The app's address without its fragment. */
function base(pageUrl: string): string {
  const hash = pageUrl.indexOf('#');
  return hash < 0 ? pageUrl : pageUrl.slice(0, hash);
}

/** The address of the app at `pageUrl` opening the encoded pack. */
export function packLink(pageUrl: string, encoded: string): string {
  return `${base(pageUrl)}${PACK_PATH}${encoded}`;
}

/** The fragment of the page that opens a pack file, naming its workshop when given. */
export function packFileHash(title?: string): string {
  return title ? `${PACK_FILE_PATH}/${encodeURIComponent(title)}` : PACK_FILE_PATH;
}

/**
 * For a pack too big for a link: the address of the page where a participant opens the pack
 * file, naming the workshop (the file itself is shared another way).
 */
export function packFileLink(pageUrl: string, title: string): string {
  return `${base(pageUrl)}${packFileHash(title)}`;
}

/** True when the link is too long for a QR code to scan reliably. */
export function tooLongForQr(link: string): boolean {
  return link.length > QR_RELIABLE_CHARS;
}

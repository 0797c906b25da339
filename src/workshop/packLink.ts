/** The link that carries a pack, and whether its QR code will scan reliably. */

/** Where a pack sits in the app's address. */
export const PACK_PATH = '#/pack/';

/**
 * Longer links make denser QR codes: past this many characters (a version 17 code or more at
 * medium error correction) a projected or printed code is hard for phone cameras to read.
 */
export const QR_RELIABLE_CHARS = 500;

/** The address of the app at `pageUrl` opening the encoded pack. */
export function packLink(pageUrl: string, encoded: string): string {
  const hash = pageUrl.indexOf('#');
  return `${hash < 0 ? pageUrl : pageUrl.slice(0, hash)}${PACK_PATH}${encoded}`;
}

/** True when the link is too long for a QR code to scan reliably. */
export function tooLongForQr(link: string): boolean {
  return link.length > QR_RELIABLE_CHARS;
}

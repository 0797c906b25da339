import { strFromU8, unzipSync } from 'fflate';

/** An XML element as the minimal parser below reads it. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const entity = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Enough XML for a manifest: elements, attributes, text; the declaration and comments are
 * skipped. Throws on a closing tag that does not match (a broken manifest).
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const token =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const [, closing, name, attrs, selfClosing, text] = m;
    const top = stack[stack.length - 1] as XmlElement;
    if (text !== undefined) {
      top.text += entity(text);
      continue;
    }
    if (!name) continue;
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of (attrs ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      attributes[a[1] as string] = entity(a[2] as string);
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
  const [manifest] = root.children;
  if (!manifest) throw new Error('no root element');
  return manifest;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** What a SCORM 1.2 package's manifest says, read from the zip itself. */
export interface ManifestFacts {
  /** Every path in the zip. */
  paths: string[];
  manifest: XmlElement;
  schema: string | undefined;
  schemaversion: string | undefined;
  organizations: XmlElement[];
  items: XmlElement[];
  /** The resources the items point at that are SCOs. */
  scos: XmlElement[];
  /** The listed files and the launch file that are not in the zip. */
  missing: string[];
}

/** Unzips a package and reads its manifest (which must be at the root). */
export function readScormPackage(zip: Uint8Array): ManifestFacts {
  const files = unzipSync(zip);
  const text = files['imsmanifest.xml'];
  if (!text) throw new Error('no imsmanifest.xml at the root of the zip');
  const manifest = parseXml(strFromU8(text));
  const metadata = childrenNamed(manifest, 'metadata')[0];
  const organizations = childrenNamed(manifest, 'organizations').flatMap((o) =>
    childrenNamed(o, 'organization'),
  );
  const items = organizations.flatMap((o) => childrenNamed(o, 'item'));
  const resources = childrenNamed(manifest, 'resources').flatMap((r) =>
    childrenNamed(r, 'resource'),
  );
  const scos = items.flatMap((item) =>
    resources.filter(
      (r) =>
        r.attributes.identifier === item.attributes.identifierref &&
        r.attributes['adlcp:scormtype'] === 'sco',
    ),
  );
  const inZip = (href: string) => decodeURIComponent(href.split(/[?#]/)[0] as string) in files;
  const hrefs = resources.flatMap((r) => [
    ...(r.attributes.href ? [r.attributes.href] : []),
    ...childrenNamed(r, 'file').map((f) => f.attributes.href ?? ''),
  ]);
  return {
    paths: Object.keys(files),
    manifest,
    schema: metadata && childrenNamed(metadata, 'schema')[0]?.text.trim(),
    schemaversion: metadata && childrenNamed(metadata, 'schemaversion')[0]?.text.trim(),
    organizations,
    items,
    scos,
    missing: hrefs.filter((h) => !inZip(h)),
  };
}

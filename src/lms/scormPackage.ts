/**
 * A SCORM 1.2 content package (a zip with `imsmanifest.xml` at its root) around the built app:
 * one organization, one item, one SCO resource whose launch file is in the zip, every file
 * listed. Pure: the build script (scripts/build-scorm.ts) reads the files and writes the zip.
 */
import { strToU8, type Zippable, zipSync } from 'fflate';

export interface PackageOptions {
  /** The manifest's identifier: unique to this package (an XML NCName is made of it). */
  identifier: string;
  /** What the LMS calls the course and its one item. */
  title: string;
  /** The SCO's launch file, a path in the zip. */
  launch: string;
  /** The score (0–100) at which the LMS may mark the SCO passed: the app's own pass mark. */
  masteryScore: number;
}

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An XML NCName from free text (letters, digits, `.`, `_`, `-`; not starting with a digit). */
function ncName(text: string): string {
  const name = text.replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/** A zip path as a manifest href (a URI reference: each segment percent-encoded). */
function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The SCORM 1.2 manifest for a package holding `files` (paths in the zip, `/`-separated). */
export function scormManifest(files: readonly string[], options: PackageOptions): string {
  if (!files.includes(options.launch)) {
    throw new Error(`the launch file ${options.launch} is not in the package`);
  }
  const title = xml(options.title);
  const listed = [...files]
    .sort()
    .map((f) => `      <file href="${xml(href(f))}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ncName(options.identifier)}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${title}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${Math.round(options.masteryScore)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${xml(href(options.launch))}">
${listed}
    </resource>
  </resources>
</manifest>
`;
}

/** The zip: the manifest at the root, then every file (dates fixed, so a build is repeatable). */
export function scormZip(
  files: Readonly<Record<string, Uint8Array>>,
  options: PackageOptions,
): Uint8Array {
  const paths = Object.keys(files);
  if (paths.includes('imsmanifest.xml'))
    throw new Error('the build already has an imsmanifest.xml');
  const entries: Zippable = { 'imsmanifest.xml': strToU8(scormManifest(paths, options)) };
  for (const path of paths.sort()) entries[path] = files[path] as Uint8Array;
  return zipSync(entries, { level: 9, mtime: '2000-01-01T00:00:00' });
}

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_OUT, packageFiles } from '../../../scripts/build-scorm';
import { scormManifest, scormZip } from '../../../src/lms/scormPackage';
import { PASS_SCORE } from '../../../src/lms/xapi';
import { childrenNamed, readScormPackage } from '../../helpers/scormManifest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const options = {
  identifier: 'follow-up-call-trainer-scorm12',
  title: 'Follow-up call: “Q&A” <desk>',
  launch: 'index.html',
  masteryScore: PASS_SCORE,
};

/** A stand-in for a build folder: the launch page, a chunk, its source map, an icon. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fuct-scorm-unit-'));
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put('index.html', '<!doctype html><script type="module" src="./assets/index.js"></script>');
  put('assets/index.js', 'console.log("app")');
  put('assets/index.js.map', '{}');
  put('icons/icon 192.png', 'png');
  return dir;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function expectSinglePackage(zip: Uint8Array) {
  const facts = readScormPackage(zip);
  expect(facts.manifest.name).toBe('manifest');
  expect(facts.manifest.attributes.xmlns).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
  expect(facts.manifest.attributes['xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
  expect(facts.schema).toBe('ADL SCORM');
  expect(facts.schemaversion).toBe('1.2');
  expect(facts.organizations).toHaveLength(1);
  expect(facts.items).toHaveLength(1);
  expect(facts.scos).toHaveLength(1);
  const sco = facts.scos[0];
  expect(sco?.attributes.type).toBe('webcontent');
  expect(facts.paths).toContain(sco?.attributes.href);
  expect(facts.missing).toEqual([]);
  return facts;
}

describe('the SCORM 1.2 package', () => {
  it('has its manifest at the root, one SCO launched from a file in the zip, every file listed', () => {
    const dir = fakeBuild();
    dirs.push(dir);
    const files = packageFiles(dir);
    expect(Object.keys(files).sort()).toEqual([
      'assets/index.js',
      'icons/icon 192.png',
      'index.html',
    ]);
    const facts = expectSinglePackage(scormZip(files, options));
    expect(facts.scos[0]?.attributes.href).toBe('index.html');
    const listed = childrenNamed(facts.scos[0] as never, 'file').map((f) =>
      decodeURIComponent(f.attributes.href as string),
    );
    expect(listed.sort()).toEqual(Object.keys(files).sort());
    expect(facts.paths.sort()).toEqual([...Object.keys(files), 'imsmanifest.xml'].sort());
  });

  it('names the course, and passes the SCO at the app’s own pass mark', () => {
    const facts = readScormPackage(scormZip({ 'index.html': new Uint8Array() }, options));
    const item = facts.items[0];
    expect(item && childrenNamed(item, 'title')[0]?.text).toBe(options.title);
    expect(item && childrenNamed(item, 'adlcp:masteryscore')[0]?.text).toBe(String(PASS_SCORE));
  });

  it('refuses a launch file that is not in the package', () => {
    expect(() => scormManifest(['app.html'], options)).toThrow(/index.html is not in the package/);
  });

  it('gives the same bytes for the same build', () => {
    const files = { 'index.html': new TextEncoder().encode('<p>hi</p>') };
    expect(scormZip(files, options)).toEqual(scormZip(files, options));
  });

  const built = join(ROOT, DEFAULT_OUT);
  it.skipIf(!existsSync(built))('holds for the zip `npm run build:scorm` wrote', () => {
    const facts = expectSinglePackage(readFileSync(built));
    expect(facts.paths).toContain('index.html');
    expect(facts.paths.some((p) => p.endsWith('.map'))).toBe(false);
  });
});

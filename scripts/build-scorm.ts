// The SCORM 1.2 package: builds the app with relative asset paths (so it runs from wherever an
// LMS unpacks it) and zips it with imsmanifest.xml at the root.
//
//   npm run build:scorm                                   the whole built-in library
//   npm run build:scorm -- --scenario friendly-receptionist   one scenario (opens straight in)
//   npm run build:scorm -- --scenario a --scenario b --out somewhere.zip
//   npm run build:scorm -- --pack '<a workshop pack link>'   a workshop pack: its scenarios,
//                                                            its settings, opened at launch
//
// vite.config.ts is used as it is; only the base, the output folder and the packaged scenarios
// are given here.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { scormZip } from '../src/lms/scormPackage';
import { PASS_SCORE } from '../src/lms/xapi';
import { formatProblem, loadLibrary } from '../src/scenario/library';
import { decodePack } from '../src/workshop/pack';
import { PACK_PATH } from '../src/workshop/packLink';
import type { Pack } from '../src/workshop/packTypes';

export const DEFAULT_OUT = 'dist/follow-up-call-trainer-scorm12.zip';
const ROOT = resolve(import.meta.dirname, '..');

/** Every file of a built app by its path in the zip; source maps stay out of the package. */
export function packageFiles(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.map')) continue;
    const full = join(entry.parentPath, entry.name);
    files[relative(dir, full).split(sep).join('/')] = readFileSync(full);
  }
  return files;
}

/** The built-in scenarios by id, refusing a library with a broken file (learners would see it). */
function builtInScenarios(): Map<string, string> {
  const dir = join(ROOT, 'scenarios');
  const names = readdirSync(dir).filter(
    (f) => f.endsWith('.yaml') && !f.endsWith('.walkthrough.yaml'),
  );
  const library = loadLibrary(
    names.map((name) => ({
      name: `scenarios/${name}`,
      text: readFileSync(join(dir, name), 'utf8'),
    })),
  );
  if (library.problems.length > 0) {
    throw new Error(
      `the scenarios have problems:\n${library.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  }
  return new Map(library.scenarios.map((s) => [s.id, s.title]));
}

export interface ScormBuild {
  /** Scenario ids to package; empty: the whole built-in library (or the pack's). */
  scenarios: readonly string[];
  /** A workshop pack link (or its encoded part): packaged with its scenarios and settings. */
  pack?: string;
  /** Where the zip goes. */
  out: string;
}

/** Builds the app into a temporary folder, zips it as a SCORM 1.2 package, returns the zip's facts. */
export async function buildScormPackage(options: ScormBuild) {
  const known = builtInScenarios();
  const pack = options.pack === undefined ? undefined : packOf(options.pack, [...known.keys()]);
  if (pack && options.scenarios.length > 0) throw new Error('give a pack or scenarios, not both');
  const unknown = options.scenarios.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(
      `no built-in scenario ${unknown.join(', ')} (known: ${[...known.keys()].join(', ')})`,
    );
  }
  const ids = [...new Set(pack ? pack.pack.scenarios : options.scenarios)];
  const outDir = mkdtempSync(join(tmpdir(), 'fuct-scorm-'));
  try {
    const { build } = await import('vite');
    await build({
      root: ROOT,
      base: './',
      logLevel: 'error',
      // Read by src/ui/lms/packaged.ts: which scenarios the package offers ('*': all).
      define: {
        'import.meta.env.VITE_SCORM_SCENARIOS': JSON.stringify(ids.join(',') || '*'),
        // Read by src/ui/lms/packaged.ts: the pack opened at launch, as if its link was followed.
        'import.meta.env.VITE_SCORM_PACK': JSON.stringify(pack?.encoded ?? ''),
      },
      build: { outDir, emptyOutDir: true },
    });
    const files = packageFiles(outDir);
    const only = ids.length === 1 ? known.get(ids[0] as string) : undefined;
    const zip = scormZip(files, {
      identifier: ['follow-up-call-trainer-scorm12', ...ids].join('-'),
      title: pack
        ? `Follow-up call workshop: ${pack.pack.title}`
        : only
          ? `Follow-up call: ${only}`
          : 'Follow-Up Call Trainer',
      launch: 'index.html',
      masteryScore: PASS_SCORE,
    });
    const out = resolve(ROOT, options.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zip);
    return { out, bytes: zip.length, files: Object.keys(files).length, scenarios: ids };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const USAGE =
  'usage: npm run build:scorm [-- --scenario <id> ... | --pack <workshop pack link>] [--out <zip>]';

/** A pack link (or its encoded part) decoded, or an error saying why it cannot be packaged. */
function packOf(link: string, known: readonly string[]): { encoded: string; pack: Pack } {
  const at = link.indexOf(PACK_PATH);
  const encoded = (at < 0 ? link : link.slice(at + PACK_PATH.length)).trim();
  const decoded = decodePack(encoded, known);
  if (!decoded.ok) throw new Error(`the pack cannot be packaged: ${decoded.reason}`);
  return { encoded, pack: decoded.pack };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { values } = parseArgs({
      options: {
        scenario: { type: 'string', multiple: true, default: [] },
        pack: { type: 'string' },
        out: { type: 'string', default: DEFAULT_OUT },
      },
    });
    const made = await buildScormPackage({
      scenarios: values.scenario,
      out: values.out,
      ...(values.pack === undefined ? {} : { pack: values.pack }),
    });
    const what =
      made.scenarios.length > 0 ? made.scenarios.join(', ') : 'the whole built-in library';
    console.log(
      `${relative(process.cwd(), made.out)}: ${(made.bytes / 1024).toFixed(0)} KB, ${made.files} files + imsmanifest.xml (${what})`,
    );
  } catch (error) {
    console.error(
      `build:scorm: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
    process.exit(1);
  }
}

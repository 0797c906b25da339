import { assembleLibrary, type Library, type LoadedFile } from '../../scenario/assembleLibrary';
import { packagedLibrary } from '../lms/packaged';

// Every scenario file, whole, inlined by Vite at build time. Only ever imported on demand (with
// the campaign's code, the map, a past debrief): the first screen has the cards alone
// (builtInLibrary.ts). With the precompiledScenarios() plugin registered in vite.config.ts each
// file arrives already parsed and validated; without it Vite's own `?raw` gives the YAML text
// and the parser is fetched on demand.
const files = import.meta.glob<string | LoadedFile>(
  ['/scenarios/*.yaml', '!/scenarios/*.walkthrough.yaml'],
  { query: '?raw&precompiled', import: 'default', eager: true },
);

/** The scenarios shipped with the app, whole and validated; bad files come back as problems. */
export async function wholeBuiltInLibrary(): Promise<Library> {
  const entries = Object.entries(files).sort(([a], [b]) => a.localeCompare(b));
  const precompiled = entries.flatMap(([, v]) => (typeof v === 'string' ? [] : [v]));
  if (precompiled.length === entries.length) return packagedLibrary(assembleLibrary(precompiled));
  // Its own chunk: it brings the YAML parser and the schema.
  const { loadLibrary } = await import('../../scenario/library');
  return packagedLibrary(
    loadLibrary(
      entries.map(([path, v]) => ({
        name: path.replace(/^\//, ''),
        text: typeof v === 'string' ? v : '',
      })),
    ),
  );
}

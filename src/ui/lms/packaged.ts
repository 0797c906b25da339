import type { Library } from '../../scenario/library';

/**
 * The scenarios this build was packaged with by `npm run build:scorm`: `'all'` (the whole
 * built-in library) or their ids; undefined for the ordinary app, which never looks for an
 * LMS. Set at build time, so the ordinary build carries none of the LMS code.
 */
export function packagedScenarios(): 'all' | string[] | undefined {
  const packaged = import.meta.env.VITE_SCORM_SCENARIOS as string | undefined;
  if (packaged === undefined) return undefined;
  return packaged === '*' ? 'all' : packaged.split(',').filter(Boolean);
}

/** The library as packaged: only the chosen scenarios (and none of the other files' problems). */
export function packagedLibrary<S extends { id: string }>(
  library: Library<S>,
  packaged: 'all' | readonly string[] | undefined = packagedScenarios(),
): Library<S> {
  if (packaged === undefined || packaged === 'all') return library;
  return { scenarios: library.scenarios.filter((s) => packaged.includes(s.id)), problems: [] };
}

/**
 * The workshop pack a SCORM package was built with (`npm run build:scorm -- --pack <link>`):
 * it opens as if its link had been followed. Undefined for the ordinary app.
 */
export function packagedPack(): string | undefined {
  const pack = import.meta.env.VITE_SCORM_PACK as string | undefined;
  return pack === undefined || pack === '' ? undefined : pack;
}

import { assembleLibrary, type Library, type Loaded } from '../../scenario/assembleLibrary';
import { cardOf, type ScenarioCard } from '../../scenario/card';
import { packagedLibrary } from '../lms/packaged';

// The cards of every scenario file, inlined by Vite at build time: the first screen's share
// (title, summary, difficulty, tips) and each file's problems, so the first load does not grow
// with the scenarios' calls. The whole scenarios are in wholeLibrary.ts, fetched on demand.
const cards = import.meta.glob<
  string | { name: string; result: Loaded<ScenarioCard>; idLine: number }
>(['/scenarios/*.yaml', '!/scenarios/*.walkthrough.yaml'], {
  query: '?raw&precompiled&card',
  import: 'default',
  eager: true,
});

const whole = () => import('./wholeLibrary').then((m) => m.wholeBuiltInLibrary());

/** The scenarios screen's library: every built-in scenario's card, and the files' problems. */
export async function builtInCards(): Promise<Library<ScenarioCard>> {
  const entries = Object.entries(cards).sort(([a], [b]) => a.localeCompare(b));
  const precompiled = entries.flatMap(([, v]) => (typeof v === 'string' ? [] : [v]));
  if (precompiled.length === entries.length) return packagedLibrary(assembleLibrary(precompiled));
  // Not precompiled (no build plugin): the cards of the whole library, loaded here.
  const library = await whole();
  return { scenarios: library.scenarios.map(cardOf), problems: library.problems };
}

let wholeOnce: Promise<Library> | undefined;

/** The scenarios shipped with the app, whole (fetched once, on demand). */
export function builtInLibrary(): Promise<Library> {
  wholeOnce ??= whole();
  return wholeOnce;
}

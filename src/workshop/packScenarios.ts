/**
 * A pack's own scenarios checked on the participant's device by the very loader and checks of
 * "Open your own scenario" (`checkOwnScenario`, the same as `scenarios:check`): each one that
 * passes can be played; each one that does not is refused with its first problem at
 * file:line:column, and the rest of the pack still works.
 */
import { checkOwnScenario } from '../scenario/checkOwn';
import { formatProblem } from '../scenario/load';
import type { OwnScenarioFile } from '../scenario/ownFile';
import type { Scenario } from '../scenario/schema';
import type { Pack } from './packTypes';

/** An own scenario of the pack that cannot be played, and why. */
export interface RefusedScenario {
  id: string;
  title: string;
  reason: string;
  /**
   * True when the id is a built-in scenario's: the pack then still offers the built-in one
   * under that id, and only the coach's file is refused.
   */
  builtIn?: boolean;
}

/** An own scenario of the pack that passes the checks: its file, and the scenario loaded from it. */
export interface PlayableScenario {
  file: OwnScenarioFile;
  scenario: Scenario;
}

export interface PackScenarios {
  playable: PlayableScenario[];
  refused: RefusedScenario[];
}

/** Checks each own scenario of the pack; `builtIn` are the library's ids (an own one may not take one). */
export function checkPackScenarios(pack: Pack, builtIn: readonly string[]): PackScenarios {
  return checkOwnFiles(pack.own ?? [], builtIn);
}

/** Checks own scenario files (a pack's, or those a coach keeps to put in one). */
export function checkOwnFiles(
  files: readonly OwnScenarioFile[],
  builtIn: readonly string[],
): PackScenarios {
  const playable: PlayableScenario[] = [];
  const refused: RefusedScenario[] = [];
  for (const file of files) {
    const checked = checkOwnScenario(file.text, file.name, builtIn);
    if (!checked.ok) {
      refused.push({
        id: file.id,
        title: file.title,
        reason: checked.problems[0] ?? `${file.name}: it has problems`,
        ...(builtIn.includes(file.id) ? { builtIn: true } : {}),
      });
    } else if (checked.scenario.id !== file.id) {
      // The pack lists one id and the file says another: the file is not the one listed.
      refused.push({
        id: file.id,
        title: file.title,
        reason: formatProblem({
          file: file.name,
          ...checked.locate(['id']),
          message: `the file's id is "${checked.scenario.id}", but the pack lists it as "${file.id}"`,
        }),
      });
    } else {
      playable.push({
        file: { ...file, title: checked.scenario.title },
        scenario: checked.scenario,
      });
    }
  }
  return { playable, refused };
}

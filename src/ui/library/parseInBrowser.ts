import { loadScenario } from '../../scenario/load';
import { idLineOf, type LoadedFile } from './assembleLibrary';

/** Loads scenario files from their YAML text; its own chunk, as it brings the YAML parser and schema. */
export function parseScenarioFiles(files: readonly { name: string; text: string }[]): LoadedFile[] {
  return files.map(({ name, text }) => ({
    name,
    result: loadScenario(text, name),
    idLine: idLineOf(text),
  }));
}

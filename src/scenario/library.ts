import { assembleLibrary, idLineOf, type Library, type LoadedFile } from './assembleLibrary.ts';
import { formatProblem, loadScenario } from './load.ts';

export interface SourceFile {
  /** Path or name shown in messages. */
  name: string;
  text: string;
}

/** Loads one scenario file, keeping what a library needs to report on it. */
export function loadFile(file: SourceFile): LoadedFile {
  return {
    name: file.name,
    result: loadScenario(file.text, file.name),
    idLine: idLineOf(file.text),
  };
}

/** Loads many scenario files at once; also refuses two files that share an id. */
export function loadLibrary(files: SourceFile[]): Library {
  return assembleLibrary(files.map(loadFile));
}

export { formatProblem, type Library, type LoadedFile };

/**
 * A coach's own scenario as a file: its id and title (to list it before it is checked), the
 * file name its problems are located in, and the YAML text. Kept on a device, remembered for a
 * tab, or carried in a workshop pack; checked by the loader each time it is played.
 * Types and bounds only: the first screen imports this without the loader.
 */
export interface OwnScenarioFile {
  /** The scenario's id (one file per id). */
  id: string;
  title: string;
  name: string;
  text: string;
}

/** Far above any real scenario file (the longest built-in one is about 24,000). */
export const OWN_TEXT_MAX_CHARS = 200_000;

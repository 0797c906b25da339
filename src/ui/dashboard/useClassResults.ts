import { useCallback, useRef, useState } from 'react';
import { type GradedFile, gradeResults } from '../../workshop/classResults';
import { parseResultsFile, RESULTS_LIMITS } from '../../workshop/results';
import { decodeResultsCode } from '../../workshop/resultsCode';

/** A file that could not be loaded, and why. */
export interface RefusedFile {
  fileName: string;
  reason: string;
}

export interface ClassResults {
  files: GradedFile[];
  refused: RefusedFile[];
  /** While files are read and graded: how far it has got. */
  busy?: { done: number; total: number };
  /** What the last drop did, in a sentence. */
  said?: string;
}

// A UTF-8 character is at most 4 bytes: a file larger than this cannot be within the limit.
const MAX_BYTES = RESULTS_LIMITS.chars * 4;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A participant's results code, scanned from their QR code or pasted: loaded like a file. */
export interface ResultsCodeIn {
  code: string;
}

/** The name a code is listed under: the same code gets the same name, so twice counts once. */
export function codeName(code: string): string {
  return `Results code …${code.replace(/\s+/g, '').slice(-6)}`;
}

/** The text to check of a file or a code, or why there is none. */
async function textOf(
  item: File | ResultsCodeIn,
): Promise<{ name: string; text: string } | RefusedFile> {
  if ('code' in item) {
    const name = codeName(item.code);
    const decoded = decodeResultsCode(item.code);
    return decoded.ok ? { name, text: decoded.json } : { fileName: name, reason: decoded.reason };
  }
  if (item.size > MAX_BYTES) {
    return { fileName: item.name, reason: 'The file is too big to be a results file.' };
  }
  try {
    // Reading the file also lets the page draw the progress between files.
    return { name: item.name, text: await item.text() };
  } catch {
    return { fileName: item.name, reason: 'The browser could not read this file.' };
  }
}

/** A name not yet used by a loaded file: two people's files may share one. */
function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name} (${n})`)) n += 1;
  return `${name} (${n})`;
}

/**
 * The files dropped into the dashboard (and results codes scanned or pasted, read the same
 * way), each checked and graded on its own: a bad one is listed with its reason and the others
 * load. Held in this tab only; clearing forgets them.
 */
export function useClassResults(now: () => number) {
  const [state, setState] = useState<ClassResults>({ files: [], refused: [] });
  // The texts already loaded, by name, so the same file dropped twice is not counted twice.
  const texts = useRef(new Map<string, string>());
  const running = useRef(Promise.resolve());

  const add = useCallback(
    (incoming: readonly (File | ResultsCodeIn)[]) => {
      const run = async () => {
        const total = incoming.length;
        let loaded = 0;
        let refused = 0;
        let skipped = 0;
        setState((s) => ({ ...s, busy: { done: 0, total } }));
        for (const [i, file] of incoming.entries()) {
          let outcome: { file: GradedFile } | RefusedFile | 'same';
          const read = await textOf(file);
          if ('reason' in read) outcome = read;
          else {
            const { name, text } = read;
            const known = [...texts.current.entries()].some(
              ([taken, t]) => t === text && (taken === name || taken.startsWith(`${name} (`)),
            );
            if (known) outcome = 'same';
            else {
              const parsed = parseResultsFile(text, { fileName: name, now: now() });
              if (!parsed.ok) outcome = { fileName: name, reason: parsed.reason };
              else {
                const fileName = freeName(name, new Set(texts.current.keys()));
                const graded = gradeResults({ fileName, results: parsed.results });
                if (!graded.ok) outcome = { fileName: name, reason: graded.reason };
                else {
                  texts.current.set(fileName, text);
                  outcome = { file: graded.file };
                }
              }
            }
          }
          if (outcome === 'same') skipped += 1;
          else if ('file' in outcome) loaded += 1;
          else refused += 1;
          const step = outcome;
          setState((s) => ({
            ...s,
            files: step !== 'same' && 'file' in step ? [...s.files, step.file] : s.files,
            refused: step !== 'same' && !('file' in step) ? [...s.refused, step] : s.refused,
            busy: { done: i + 1, total },
          }));
        }
        const codes = incoming.every((item) => 'code' in item);
        const parts = [`Loaded ${plural(loaded, codes ? 'results code' : 'file')}`];
        if (refused > 0) parts.push(`${refused} could not be loaded (listed with the reason)`);
        if (skipped > 0) parts.push(`${skipped} ${skipped === 1 ? 'was' : 'were'} already here`);
        const said = `${parts.join('; ')}.`;
        setState(({ busy: _busy, ...s }) => ({ ...s, said }));
      };
      // One drop at a time, in the order they came.
      running.current = running.current.then(run, run);
      return running.current;
    },
    [now],
  );

  const clear = useCallback(() => {
    texts.current.clear();
    setState({
      files: [],
      refused: [],
      said: 'Cleared. The files themselves are untouched, wherever you keep them.',
    });
  }, []);

  return { ...state, add, clear };
}

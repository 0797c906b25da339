import { useCallback, useRef, useState } from 'react';
import { type GradedFile, gradeResults } from '../../workshop/classResults';
import { parseResultsFile, RESULTS_LIMITS } from '../../workshop/results';

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

/** A name not yet used by a loaded file: two people's files may share one. */
function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name} (${n})`)) n += 1;
  return `${name} (${n})`;
}

/**
 * The files dropped into the dashboard, each checked and graded on its own: a bad one is
 * listed with its reason and the others load. Held in this tab only; clearing forgets them.
 */
export function useClassResults(now: () => number) {
  const [state, setState] = useState<ClassResults>({ files: [], refused: [] });
  // The texts already loaded, by name, so the same file dropped twice is not counted twice.
  const texts = useRef(new Map<string, string>());
  const running = useRef(Promise.resolve());

  const add = useCallback(
    (incoming: readonly File[]) => {
      const run = async () => {
        const total = incoming.length;
        let loaded = 0;
        let refused = 0;
        let skipped = 0;
        setState((s) => ({ ...s, busy: { done: 0, total } }));
        for (const [i, file] of incoming.entries()) {
          let outcome: { file: GradedFile } | RefusedFile | 'same' | undefined;
          if (file.size > MAX_BYTES) {
            outcome = { fileName: file.name, reason: 'The file is too big to be a results file.' };
          } else {
            let text: string | undefined;
            try {
              // Reading the file also lets the page draw the progress between files.
              text = await file.text();
            } catch {
              outcome = { fileName: file.name, reason: 'The browser could not read this file.' };
            }
            if (text !== undefined) {
              const known = [...texts.current.entries()].some(
                ([name, t]) =>
                  t === text && (name === file.name || name.startsWith(`${file.name} (`)),
              );
              if (known) outcome = 'same';
              else {
                const parsed = parseResultsFile(text, { fileName: file.name, now: now() });
                if (!parsed.ok) outcome = { fileName: file.name, reason: parsed.reason };
                else {
                  const fileName = freeName(file.name, new Set(texts.current.keys()));
                  const graded = gradeResults({ fileName, results: parsed.results });
                  if (!graded.ok) outcome = { fileName: file.name, reason: graded.reason };
                  else {
                    texts.current.set(fileName, text);
                    outcome = { file: graded.file };
                  }
                }
              }
            }
          }
          if (outcome === 'same') skipped += 1;
          else if (outcome && 'file' in outcome) loaded += 1;
          else refused += 1;
          const step = outcome;
          setState((s) => ({
            ...s,
            files: step && step !== 'same' && 'file' in step ? [...s.files, step.file] : s.files,
            refused:
              step && step !== 'same' && !('file' in step) ? [...s.refused, step] : s.refused,
            busy: { done: i + 1, total },
          }));
        }
        const parts = [`Loaded ${plural(loaded, 'file')}`];
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

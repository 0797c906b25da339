import { useCallback, useEffect, useRef, useState } from 'react';
import { type GradedFile, gradeResults } from '../../workshop/classResults';
import { parseResultsFile, RESULTS_LIMITS } from '../../workshop/results';
import { decodeResultsCode } from '../../workshop/resultsCode';
import { type KeptFile, keepFiles, loadKeptFiles } from './keptFiles';

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

/** A file loaded before this tab reloaded, read back from the tab's memory. */
interface KeptIn {
  kept: KeptFile;
}

type Incoming = File | ResultsCodeIn | KeptIn;

/** The text to check of a file or a code, or why there is none. */
async function textOf(item: Incoming): Promise<{ name: string; text: string } | RefusedFile> {
  if ('kept' in item) return item.kept;
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
 * load. Held in this tab only, across a reload (`keptFiles.ts`); clearing forgets them.
 */
export function useClassResults(now: () => number) {
  const [state, setState] = useState<ClassResults>({ files: [], refused: [] });
  // The texts already loaded, by name, so the same file dropped twice is not counted twice.
  const texts = useRef(new Map<string, string>());
  const running = useRef(Promise.resolve());

  // Said once: the browser would not keep the files for a reload.
  const unkept = useRef(false);
  // Counts the clearings: a run that began before the last one stops.
  const generation = useRef(0);

  const add = useCallback(
    (incoming: readonly Incoming[]) => {
      // Clearing the dashboard while files load (or wait to) stops them: what was not read yet
      // neither appears nor is kept for a reload.
      const cleared = generation.current;
      const run = async () => {
        if (generation.current !== cleared) return;
        const total = incoming.length;
        let loaded = 0;
        let refused = 0;
        let skipped = 0;
        setState((s) => ({ ...s, busy: { done: 0, total } }));
        for (const [i, file] of incoming.entries()) {
          let outcome: { file: GradedFile } | RefusedFile | 'same';
          const read = await textOf(file);
          if (generation.current !== cleared) return;
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
        const restored = incoming.every((item) => 'kept' in item);
        const parts = [
          restored
            ? `Loaded again the ${plural(loaded, 'file')} of this tab from before the page reloaded`
            : `Loaded ${plural(loaded, codes ? 'results code' : 'file')}`,
        ];
        if (refused > 0) parts.push(`${refused} could not be loaded (listed with the reason)`);
        if (skipped > 0) parts.push(`${skipped} ${skipped === 1 ? 'was' : 'were'} already here`);
        const kept = keepFiles([...texts.current].map(([name, text]) => ({ name, text })));
        if (!kept && loaded > 0 && !unkept.current) {
          unkept.current = true;
          parts.push(
            'this browser would not keep them for a reload (too much, or no storage for this tab), so they stay only until the page reloads',
          );
        }
        const said = `${parts.join('; ')}.`;
        setState(({ busy: _busy, ...s }) => ({ ...s, said }));
      };
      // One drop at a time, in the order they came.
      running.current = running.current.then(run, run);
      return running.current;
    },
    [now],
  );

  // What this tab had loaded before a reload comes back, checked and graded again (once).
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const kept = loadKeptFiles();
    if (kept.length > 0) void add(kept.map((file) => ({ kept: file })));
  }, [add]);

  const clear = useCallback(() => {
    generation.current += 1;
    texts.current.clear();
    keepFiles([]);
    setState({
      files: [],
      refused: [],
      said: 'Cleared. The files themselves are untouched, wherever you keep them.',
    });
  }, []);

  return { ...state, add, clear };
}

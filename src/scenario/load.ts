import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { checkScenario, type PathProblem } from './check.ts';
import { type Scenario, scenarioSchema } from './schema.ts';

/** A mistake in a scenario file, located for the author. */
export interface ScenarioProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type LoadResult =
  | {
      ok: true;
      scenario: Scenario;
      /** Line and column of a path in the file (for warnings found after loading). */
      locate: (
        path: readonly (string | number)[],
        atKey?: boolean,
      ) => Pick<ScenarioProblem, 'line' | 'column'>;
    }
  | { ok: false; problems: ScenarioProblem[] };

/** `file:line:column: message`, the form editors and terminals link to. */
export function formatProblem(problem: ScenarioProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

type Doc = ReturnType<typeof parseDocument>;

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as Node).range;
    if (range) return range[0];
  }
  return undefined;
}

/** Finds the offset of the deepest node along `path` that exists in the document. */
function offsetOf(doc: Doc, path: readonly PropertyKey[], atKey = false, key?: string): number {
  let current: unknown = doc.contents;
  let best = rangeStart(current) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (!current || typeof current !== 'object' || !('items' in current)) break;
    const items = (current as { items: unknown[] }).items;
    let next: unknown;
    if (isMap(current)) {
      const pair = items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step),
      );
      if (!isPair(pair)) break;
      if (atKey && i === path.length - 1) return rangeStart(pair.key) ?? best;
      best = rangeStart(pair.key) ?? best;
      next = pair.value;
    } else {
      next = typeof step === 'number' ? items[step] : undefined;
    }
    if (next === undefined || next === null) break;
    best = rangeStart(next) ?? best;
    current = next;
  }
  if (key !== undefined && isMap(current)) {
    const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair) return rangeStart(pair.key) ?? best;
  }
  return best;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    return `${where}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `${where}missing required field (expected ${issue.expected})`;
  }
  return `${where}${issue.message}`;
}

export type ParsedYaml<T> =
  | {
      ok: true;
      data: T;
      locate: (path: readonly PropertyKey[], atKey?: boolean) => ScenarioProblemPosition;
    }
  | { ok: false; problems: ScenarioProblem[] };

type ScenarioProblemPosition = Pick<ScenarioProblem, 'line' | 'column'>;

/** Parses a YAML file against a schema; every problem names its line and column. */
export function parseYamlFile<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  what: string,
): ParsedYaml<T> {
  const lineCounter = new LineCounter();
  const at = (offset: number, message: string): ScenarioProblem => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, message };
  };
  if (text.trim() === '') {
    return { ok: false, problems: [{ file, line: 1, column: 1, message: 'the file is empty' }] };
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) =>
        at(e.pos[0], `YAML syntax: ${e.message.split('\n')[0] ?? e.code}`),
      ),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [at(0, `${what} must be a mapping of fields; it may be truncated`)],
    };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
        return at(offsetOf(doc, issue.path, false, key), describeIssue(issue));
      }),
    };
  }
  return {
    ok: true,
    data: parsed.data,
    locate: (path, atKey) => {
      const pos = lineCounter.linePos(offsetOf(doc, path, atKey));
      return { line: pos.line, column: pos.col };
    },
  };
}

/** Parses, validates and checks one scenario file; every problem names its line and column. */
export function loadScenario(text: string, file: string): LoadResult {
  const parsed = parseYamlFile(
    text,
    file,
    scenarioSchema,
    'a scenario file (version, id, title, …)',
  );
  if (!parsed.ok) return parsed;
  const semantic: PathProblem[] = checkScenario(parsed.data);
  if (semantic.length > 0) {
    return {
      ok: false,
      problems: semantic.map((p) => ({
        file,
        ...parsed.locate(p.path, p.atKey),
        message: p.message,
      })),
    };
  }
  return { ok: true, scenario: parsed.data, locate: parsed.locate };
}

import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type YAMLMap,
} from 'yaml';
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

/** Keys that mean something to JavaScript objects; no scenario or walkthrough field uses them. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The tags of plain data (YAML's core schema): anything else would build other objects. */
const PLAIN_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/**
 * What aliases may add to a file, in values: plenty for reusing a block, far too little for
 * an "alias bomb" (a few lines that expand to millions of values).
 */
const MAX_ALIAS_EXPANSION = 10_000;
/**
 * yaml's own check while it builds the data (its maxAliasCount): its measure never exceeds
 * the values the aliases add, so after the walk below has bounded those it cannot trip on a
 * file we accept; it stays as a second guard.
 */
const MAX_ALIAS_COUNT = MAX_ALIAS_EXPANSION;
/** Problems of one kind listed per file; more would bury the first ones. */
const MAX_LISTED = 20;

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f)
  );
}

/** Where and which the forbidden characters (controls, lone surrogates) are, at most `limit`. */
function forbiddenChars(text: string, limit: number): { offset: number; char: string }[] {
  const found: { offset: number; char: string }[] = [];
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (isControl(code) || (code >= 0xd800 && code <= 0xdfff))
      found.push({ offset: i, char: text.charAt(i) });
  }
  return found;
}

/** 1-based line and column of an offset in a text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(char: string): string {
  const code = char.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0) return `the NUL character (${hex})`;
  if (code >= 0xd800 && code <= 0xdfff) return `a broken character (${hex})`;
  return `the control character ${hex}`;
}

/** Offset of the first byte that is not valid UTF-8, or -1 when all of it is. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Sequence length and the allowed range of the second byte (rules out overlong forms,
    // surrogates and code points past U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}

export type DecodedText = { ok: true; text: string } | { ok: false; problems: ScenarioProblem[] };

/** Decodes a file's bytes as UTF-8 (a byte-order mark is dropped); refuses anything else. */
export function decodeScenarioBytes(bytes: Uint8Array, file: string): DecodedText {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = Math.max(firstInvalidUtf8(bytes), 0);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.slice(0, lineStart).split('\n').length;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      problems: [
        {
          file,
          line,
          column: before.length - lineStart + 1,
          message: `not valid UTF-8 (byte 0x${byte}); save the file as UTF-8`,
        },
      ],
    };
  }
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as Node).range;
    if (range) return range[0];
  }
  return undefined;
}

// Pairs of a mapping by key, built on first use: a file with thousands of nodes may have
// thousands of problems to locate.
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      const k = isScalar(p.key) ? String(p.key.value) : undefined;
      if (k !== undefined && !index.has(k)) index.set(k, p as Pair);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** Finds the offset of the deepest node along `path` that exists in the document. */
function offsetOf(doc: Doc, path: readonly PropertyKey[], atKey = false, key?: string): number {
  let current: unknown = doc.contents;
  let best = rangeStart(current) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    let next: unknown;
    if (isMap(current)) {
      const pair = pairOf(current, String(step));
      if (!pair) break;
      if (atKey && i === path.length - 1) return rangeStart(pair.key) ?? best;
      best = rangeStart(pair.key) ?? best;
      next = pair.value;
    } else if (isSeq(current)) {
      next = typeof step === 'number' ? current.items[step] : undefined;
    } else break;
    if (next === undefined || next === null) break;
    best = rangeStart(next) ?? best;
    current = next;
  }
  if (key !== undefined && isMap(current)) {
    const pair = pairOf(current, key);
    if (pair) return rangeStart(pair.key) ?? best;
  }
  return best;
}

/** Where the tag written before the value at `offset` starts (the value's node starts after it). */
function tagOffset(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const tag = /(?:^|[\s[{,:?-])(!\S*)(?:\s+&\S+)?\s*$/.exec(before);
  return tag?.[1] === undefined ? offset : lineStart + before.lastIndexOf(tag[1]);
}

interface Located {
  offset: number;
  message: string;
}

/**
 * Walks the parsed document once, before any data is built from it: refuses tags beyond
 * plain data, reserved keys, control characters written as escapes, aliases to no anchor or
 * to a value that contains them, and aliases that would expand the file past a bound.
 */
function unsafeNodes(
  doc: Doc,
  text: string,
  lineOf: (offset: number) => number,
): { found: Located[]; firstAlias: number } {
  const found: Located[] = [];
  let firstAlias = -1;
  const anchors = new Map<string, Node>();
  // Values each node stands for once its aliases are expanded, filled in as nodes finish.
  const sizes = new Map<unknown, number>();
  let expansion = 0;
  let expansionReported = false;
  const keyText = (key: unknown): string | undefined => {
    const source = isAlias(key) ? anchors.get(key.source) : key;
    return isScalar(source) ? String(source.value) : undefined;
  };
  // Iterative, so deep nesting cannot overflow the stack; `exit` entries close a node.
  // A key carries the keys seen so far in its mapping (and the mapping's offset).
  type Entry = { node: unknown; exit?: true; keys?: Map<string, number>; at?: number };
  const stack: Entry[] = [{ node: doc.contents }];
  while (stack.length > 0) {
    const { node, exit, keys: siblings, at } = stack.pop() as Entry;
    if (siblings) {
      // Checked here, in document order, so that an alias used as a key is resolved.
      const key = keyText(node);
      const keyOffset = rangeStart(node) ?? at ?? 0;
      if (key !== undefined && RESERVED_KEYS.has(key)) {
        found.push({
          offset: keyOffset,
          message: `"${key}" cannot be a key: JavaScript reserves it; rename it`,
        });
      }
      const first = key === undefined ? undefined : siblings.get(key);
      if (first !== undefined) {
        found.push({
          offset: keyOffset,
          message: `YAML syntax: the key "${key}" is already used in this mapping (line ${first}); keys must be unique`,
        });
      } else if (key !== undefined) siblings.set(key, lineOf(keyOffset));
    }
    if (exit) {
      let size = 1;
      if (isCollection(node)) {
        for (const item of node.items) {
          if (isPair(item)) size += (sizes.get(item.key) ?? 1) + (sizes.get(item.value) ?? 1);
          else size += sizes.get(item) ?? 1;
        }
      }
      sizes.set(node, size);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const offset = rangeStart(node) ?? 0;
    if (isAlias(node)) {
      if (firstAlias < 0) firstAlias = offset;
      const source = anchors.get(node.source);
      if (!source) {
        found.push({
          offset,
          message: `the alias *${node.source} names no anchor before it (an anchor is written &${node.source} on an earlier value)`,
        });
        continue;
      }
      const [start, end] = source.range ?? [0, 0];
      if (offset >= start && offset < end) {
        found.push({
          offset,
          message: `the alias *${node.source} is inside the value it repeats, so it would never end`,
        });
        continue;
      }
      const size = sizes.get(source) ?? 1;
      sizes.set(node, size);
      expansion += size;
      if (expansion > MAX_ALIAS_EXPANSION && !expansionReported) {
        expansionReported = true;
        found.push({
          offset,
          message: `aliases repeat more than ${MAX_ALIAS_EXPANSION} values by here; write the repeated parts out instead`,
        });
      }
      continue;
    }
    const { tag, anchor } = node as { tag?: string; anchor?: string };
    if (tag !== undefined && !PLAIN_TAGS.has(tag)) {
      const shown = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice(18)}` : tag;
      found.push({
        offset: tagOffset(text, offset),
        message: `the YAML tag ${shown} is not allowed; write plain text, numbers, lists and mappings`,
      });
    }
    if (anchor) anchors.set(anchor, node as Node);
    if (isScalar(node) && typeof node.value === 'string') {
      const [bad] = forbiddenChars(node.value, 1);
      if (bad) {
        found.push({
          offset,
          message: `this text contains ${describeChar(bad.char)}, written as an escape; remove it`,
        });
      }
    }
    stack.push({ node, exit: true });
    if (!isCollection(node)) continue;
    const keys = new Map<string, number>();
    for (let i = node.items.length - 1; i >= 0; i--) {
      const item = node.items[i];
      if (isPair(item)) stack.push({ node: item.value }, { node: item.key, keys, at: offset });
      else stack.push({ node: item });
    }
  }
  return { found: found.sort((a, b) => a.offset - b.offset), firstAlias: Math.max(firstAlias, 0) };
}

/** The value at `path` in plain data, own properties only; absent when a step is missing. */
function valueAt(
  data: unknown,
  path: readonly PropertyKey[],
): { present: boolean; value: unknown } {
  let current = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, step)) {
      return { present: false, value: undefined };
    }
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return { present: true, value: current };
}

function quoted(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return JSON.stringify(shown);
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (typeof value === 'string') return value === '' ? 'empty text' : `the text ${quoted(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0
      ? 'an empty list'
      : `a list of ${value.length} item${value.length > 1 ? 's' : ''}`;
  }
  return 'a mapping';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping',
};

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => String(v)).join(', ');
  return values.length === 1 ? shown : `one of ${shown}`;
}

// zod's own English messages; a schema's own message (e.g. a pattern's) reads better.
const ZOD_DEFAULT = /^(Invalid|Too (small|big))\b/;

function sizeRule(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  value: unknown,
): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  const edge = small
    ? issue.inclusive
      ? 'at least'
      : 'more than'
    : issue.inclusive
      ? 'at most'
      : 'less than';
  if (issue.origin === 'string' && small && bound === 1) return 'must not be empty';
  if (issue.origin === 'array' && small && bound === 1) {
    return `needs at least one item, found ${describeValue(value)}`;
  }
  if (issue.origin === 'string') return `must be ${edge} ${bound} characters long`;
  if (issue.origin === 'array')
    return `needs ${edge} ${bound} items, found ${describeValue(value)}`;
  return `must be ${edge} ${bound}, found ${describeValue(value)}`;
}

/** For a value that fits none of a union's forms: the forms, then what was there. */
function describeUnion(issue: z.core.$ZodIssueInvalidUnion, data: unknown): string {
  // One form whose only complaints are inside the value: that is what the author meant.
  const near = issue.errors.filter((list) => list.every((i) => i.path.length > 0));
  if (near.length === 1 && near[0]?.[0]) {
    const inner = near[0][0];
    return describeIssue({ ...inner, path: [...issue.path, ...inner.path] }, data);
  }
  const here = valueAt(data, issue.path).value;
  const forms = issue.errors.flatMap((list) => {
    const first = list[0];
    if (!first) return [];
    if (first.path.length === 0 && first.code === 'invalid_value') return first.values.map(String);
    if (first.path.length === 0 && first.code === 'invalid_type') {
      return [EXPECTED[first.expected] ?? first.expected];
    }
    // A mapping form: name the fields it needs that are not there.
    const missing = list.flatMap((i) =>
      i.code === 'invalid_type' && i.path.length === 1 && !valueAt(here, i.path).present
        ? [String(i.path[0])]
        : [],
    );
    return missing.length > 0 ? [`a mapping with ${missing.join(' and ')}`] : [];
  });
  const unique = [...new Set(forms)];
  const found = describeValue(here);
  return unique.length > 0
    ? `expected ${oneOf(unique)}; found ${found}`
    : `found ${found}, which fits none of the allowed forms`;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  const { present, value } = valueAt(data, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (!present) return `${where}missing required field (expected ${expected})`;
      return `${where}expected ${expected}, found ${describeValue(value)}`;
    }
    case 'invalid_value': {
      if (!present) return `${where}missing required field (expected ${oneOf(issue.values)})`;
      if (!ZOD_DEFAULT.test(issue.message)) return `${where}${issue.message}`;
      const found = typeof value === 'string' ? quoted(value) : describeValue(value);
      return issue.values.length === 1
        ? `${where}must be ${oneOf(issue.values)}, found ${found}`
        : `${where}expected ${oneOf(issue.values)}, found ${found}`;
    }
    case 'too_small':
    case 'too_big':
      return `${where}${sizeRule(issue, value)}`;
    case 'invalid_format': {
      const rule = ZOD_DEFAULT.test(issue.message)
        ? `must match ${issue.pattern ?? issue.format}`
        : issue.message;
      return `${where}${rule}, found ${describeValue(value)}`;
    }
    case 'invalid_key': {
      const key = String(issue.path[issue.path.length - 1]);
      const parent = issue.path.slice(0, -1).map(String).join('.');
      const rule = issue.issues[0]?.message ?? issue.message;
      return `${parent ? `${parent}: ` : ''}the name "${key}" ${ZOD_DEFAULT.test(rule) ? 'is not allowed' : rule}`;
    }
    case 'invalid_union':
      return `${where}${describeUnion(issue, data)}`;
    default:
      return `${where}${issue.message}`;
  }
}

export type ParsedYaml<T> =
  | {
      ok: true;
      data: T;
      locate: (path: readonly PropertyKey[], atKey?: boolean) => ScenarioProblemPosition;
    }
  | { ok: false; problems: ScenarioProblem[] };

type ScenarioProblemPosition = Pick<ScenarioProblem, 'line' | 'column'>;

/** Parses a YAML file (text, or bytes that must be UTF-8) against a schema; never throws. */
export function parseYamlFile<T>(
  source: string | Uint8Array,
  file: string,
  schema: z.ZodType<T>,
  what: string,
): ParsedYaml<T> {
  try {
    return parseSource(source, file, schema, what);
  } catch (error) {
    // A safety net: nothing about a file may escape as an exception.
    return {
      ok: false,
      problems: [
        { file, line: 1, column: 1, message: `cannot read the file (${reasonOf(error)})` },
      ],
    };
  }
}

/** yaml's message, in the author's terms where yaml's speaks to programmers. */
function syntaxMessage(error: Doc['errors'][number]): string {
  if (error.code === 'MULTIPLE_DOCS') {
    return 'a second document starts here ("---"); a file holds one';
  }
  if (error.code === 'RESOURCE_EXHAUSTION') return 'nested too deeply to read';
  return error.message.split('\n')[0] ?? error.code;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function parseSource<T>(
  source: string | Uint8Array,
  file: string,
  schema: z.ZodType<T>,
  what: string,
): ParsedYaml<T> {
  const decoded =
    typeof source === 'string'
      ? { ok: true as const, text: source }
      : decodeScenarioBytes(source, file);
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  if (text.trim() === '') {
    return { ok: false, problems: [{ file, line: 1, column: 1, message: 'the file is empty' }] };
  }
  // Characters that have no place in the file are found before YAML reads it.
  const chars = forbiddenChars(text, MAX_LISTED);
  if (chars.length > 0) {
    return {
      ok: false,
      problems: chars.map(({ offset, char }) => ({
        file,
        ...lineColumn(text, offset),
        message: `${describeChar(char)} is not allowed in a scenario file; remove it`,
      })),
    };
  }
  const lineCounter = new LineCounter();
  const at = (offset: number, message: string): ScenarioProblem => {
    const pos = lineCounter.linePos(offset);
    return { file, line: Math.max(pos.line, 1), column: Math.max(pos.col, 1), message };
  };
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    // Duplicate keys are found in one pass below; yaml's own check compares every pair.
    uniqueKeys: false,
    // Plain data whatever a %YAML directive asks for (1.1 would read `no` as false).
    schema: 'core',
    merge: false,
  });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors
        .slice(0, MAX_LISTED)
        .map((e) => at(e.pos[0], `YAML syntax: ${syntaxMessage(e)}`)),
    };
  }
  const unsafe = unsafeNodes(doc, text, (offset) => lineCounter.linePos(offset).line);
  if (unsafe.found.length > 0) {
    return {
      ok: false,
      problems: unsafe.found.slice(0, MAX_LISTED).map((u) => at(u.offset, u.message)),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return {
      ok: false,
      problems: [at(unsafe.firstAlias, `cannot expand the aliases (${reasonOf(error)})`)],
    };
  }
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
        const atKey = issue.code === 'invalid_key';
        return at(offsetOf(doc, issue.path, atKey, key), describeIssue(issue, data));
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
export function loadScenario(source: string | Uint8Array, file: string): LoadResult {
  const parsed = parseYamlFile(
    source,
    file,
    scenarioSchema,
    'a scenario file (version, id, title, …)',
  );
  if (!parsed.ok) return parsed;
  let semantic: PathProblem[];
  try {
    semantic = checkScenario(parsed.data);
  } catch (error) {
    const message = `cannot check the scenario (${reasonOf(error)})`;
    return { ok: false, problems: [{ file, line: 1, column: 1, message }] };
  }
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

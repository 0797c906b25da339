/**
 * Where the cursor is in a YAML file, read from indentation alone (the file may be half
 * written and not parse): the keys above it, and whether it is at a key or a key's value.
 * A list item is the segment `[]`.
 */
export type YamlPath = string[];

export type YamlContext =
  | { kind: 'key'; path: YamlPath; prefix: string; from: number }
  | { kind: 'value'; path: YamlPath; prefix: string; from: number; inList: boolean };

interface Frame {
  col: number;
  name: string;
}

const KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?=[ \t]|$)[ \t]*/;
const BLOCK_SCALAR = /^[|>][-+0-9]*[ \t]*(#.*)?$/;

/** Reads one line's leading dashes and key: each opens a frame at its column. */
function tokens(line: string): { frames: Frame[]; rest: string; restCol: number; key?: string } {
  const frames: Frame[] = [];
  let col = line.length - line.trimStart().length;
  let rest = line.slice(col);
  while (/^-([ \t]|$)/.test(rest)) {
    frames.push({ col, name: '[]' });
    const after = rest.slice(1);
    const gap = after.length - after.trimStart().length;
    col += 1 + gap;
    rest = after.slice(gap);
  }
  const key = KEY.exec(rest);
  if (key?.[1]) {
    frames.push({ col, name: key[1] });
    const restCol = col + key[0].length;
    return { frames, rest: rest.slice(key[0].length), restCol, key: key[1] };
  }
  return { frames, rest, restCol: col };
}

function push(stack: Frame[], frame: Frame): void {
  // A list may sit at its key's own indentation (`key:` then `- item`): the item is still its child.
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    const keepsItem = frame.name === '[]' && top.name !== '[]' && top.col === frame.col;
    if (top.col < frame.col || keepsItem) break;
    stack.pop();
  }
  stack.push(frame);
}

/** The context of the cursor at `offset` in `text`. */
export function yamlContextAt(text: string, offset: number): YamlContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const stack: Frame[] = [];
  let blockAbove: number | undefined;
  for (const line of text.slice(0, lineStart).split('\n')) {
    const trimmed = line.trimStart();
    const indent = line.length - trimmed.length;
    if (blockAbove !== undefined) {
      if (trimmed === '' || indent > blockAbove) continue;
      blockAbove = undefined;
    }
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('---')) continue;
    const t = tokens(line);
    for (const f of t.frames) push(stack, f);
    if (t.key && BLOCK_SCALAR.test(t.rest)) blockAbove = (t.frames.at(-1) as Frame).col;
  }
  const before = text.slice(lineStart, offset);
  const t = tokens(before);
  const keyFrame = t.key ? t.frames.pop() : undefined;
  for (const f of t.frames) push(stack, f);
  // Frames at or right of where this line's key starts are siblings, not parents.
  const keyCol = keyFrame ? keyFrame.col : t.restCol;
  const path = stack.filter((f) => f.col < keyCol).map((f) => f.name);
  if (!t.key) {
    const prefix = /[\w-]*$/.exec(t.rest)?.[0] ?? '';
    return { kind: 'key', path, prefix, from: offset - prefix.length };
  }
  const flow = t.rest.startsWith('[');
  const prefix = /[\w.-]*$/.exec(t.rest)?.[0] ?? '';
  return {
    kind: 'value',
    path: [...path, t.key, ...(flow ? ['[]'] : [])],
    prefix,
    from: offset - prefix.length,
    inList: flow,
  };
}

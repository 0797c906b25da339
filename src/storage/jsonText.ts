/**
 * Plain words about a file that should hold JSON: what it looks like instead, and values from
 * it quoted safely. The history import and the class dashboard's results files share them.
 */

/** A value from the file, quoted safely: short, with control and undecodable characters escaped. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value).replace(
    /[\u007F-\u009F\uFFFD]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const SIGNATURES: [prefixes: string[], kind: string][] = [
  [['\uFFFDPNG', '\u0089PNG'], 'a PNG image'],
  [['GIF8'], 'a GIF image'],
  [['\uFFFD\uFFFD\uFFFD'], 'an image or other binary file'],
  [['%PDF'], 'a PDF document'],
  [['PK\u0003\u0004'], 'a ZIP archive (or a Word or Excel file)'],
];
// Bytes that never appear in JSON text: NUL and other control characters, or undecodable bytes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

/**
 * Why text that JSON.parse refused is not JSON, in words, never quoting the bytes; `kind`
 * names the file that was expected ("history file").
 */
export function notJsonReason(text: string, error: unknown, kind: string): string {
  const head = text.slice(0, 4096);
  const looks = SIGNATURES.find(([prefixes]) => prefixes.some((p) => head.startsWith(p)))?.[1];
  if (looks) return `This is not a ${kind}: it looks like ${looks}, not JSON text.`;
  if (BINARY.test(head)) return `This is not a ${kind}: it holds binary data, not JSON text.`;
  const message = error instanceof Error ? error.message : '';
  const at = /position (\d+)/.exec(message);
  if (at) {
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `The file is not valid JSON: it goes wrong at line ${line}, column ${column}.`;
  }
  if (/end of JSON/i.test(message)) return 'The file is not valid JSON: it ends too soon.';
  return 'The file is not valid JSON text.';
}

/** The message for text longer than a file's bound allows. */
export function longer(max: number): string {
  return `is longer than ${max.toLocaleString('en-US')} characters`;
}

/** One problem a schema found in a file: where (the path of keys) and what. */
export interface FileIssue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Where in the file a problem is, in words, lists counted from 1 ("campaign 2 → log → turn 3 →
 * seconds"). `itemName` names the items of a list (given its key and its depth in the path).
 */
export function whereInFile(
  path: readonly PropertyKey[],
  itemName: (list: string, depth: number) => string | undefined,
): string {
  if (path.length === 0) return 'the file';
  const parts: string[] = [];
  path.forEach((key, i) => {
    const next = path[i + 1];
    if (typeof key === 'number') return;
    if (typeof next === 'number') {
      const list = String(key);
      parts.push(`${itemName(list, i) ?? `${list} item`} ${next + 1}`);
    } else {
      parts.push(String(key));
    }
  });
  return parts.join(' → ');
}

/** The reason for a damaged file: its first problem, where and what, and how many more. */
export function damagedReason(
  issues: readonly FileIssue[],
  itemName: (list: string, depth: number) => string | undefined,
): string {
  const issue = issues[0];
  const more = issues.length - 1;
  const detail = issue
    ? `${whereInFile(issue.path, itemName)}: ${issue.message}`
    : 'unknown problem';
  return `The file is damaged at ${detail}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}.`;
}

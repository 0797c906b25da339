import type { OwnMark } from '../../../scenario/checkOwn';

/** A mark as @codemirror/lint takes it (its `Diagnostic`), from a plain check result. */
export interface EditorDiagnostic {
  from: number;
  to: number;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * Places `checkOwnScenario`'s marks in the text they were found in: from the mark's
 * line:column to the end of the word there (or the line, when the column is at its end).
 * The message is the mark's text, word for word as `scenarios:check` prints it.
 */
export function marksToDiagnostics(text: string, marks: readonly OwnMark[]): EditorDiagnostic[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return marks.map((m) => {
    const lineIndex = Math.min(Math.max(m.line, 1), starts.length) - 1;
    const lineStart = starts[lineIndex] as number;
    const next = starts[lineIndex + 1];
    const lineEnd = next === undefined ? text.length : next - 1;
    const from = Math.min(lineStart + Math.max(m.column, 1) - 1, lineEnd);
    const word = /^[^\s:,[\]{}]+/.exec(text.slice(from, lineEnd))?.[0].length ?? 0;
    const to = word > 0 ? from + word : lineEnd;
    return {
      from: to === from && from > lineStart ? lineStart : from,
      to,
      severity: m.level === 'warning' ? 'warning' : 'error',
      message: m.text,
    };
  });
}

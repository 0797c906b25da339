import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
  completionKeymap,
  insertCompletionText,
  startCompletion,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLineGutter,
  hoverTooltip,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useRef, useState } from 'react';
import type { OwnMark } from '../../../scenario/checkOwn';
import { scenarioJsonSchemaObject } from '../../../scenario/jsonSchema';
import { adoptCodeMirrorStyles } from './adoptedStyles';
import { editorTheme } from './editorTheme';
import { marksToDiagnostics } from './lintMarks';
import { completeAt, type FieldHelp, helpAt, type SchemaNode } from './schemaHelp';

export interface ScenarioEditorProps {
  value: string;
  onChange: (text: string) => void;
  /** The last check's marks and the text they were found in (placed only while it is still the text). */
  checked?: { text: string; marks: readonly OwnMark[] } | undefined;
  labelledBy: string;
  describedBy: string;
}

// The JSON Schema made from the zod schema: the fields the loader accepts, nothing typed twice.
const schema = scenarioJsonSchemaObject() as SchemaNode;

function schemaCompletions(context: CompletionContext): CompletionResult | null {
  const result = completeAt(schema, context.state.doc.toString(), context.pos);
  const first = result.options[0];
  if (!first) return null;
  // A field list on an empty line waits for a letter or Ctrl+Space; values come after "key: ".
  if (!context.explicit && result.from === context.pos && first.type === 'property') return null;
  const options: Completion[] = result.options.map((o, index) =>
    o.type === 'property'
      ? {
          ...o,
          // A field picked: its values (if it has any) are offered straight away.
          apply: (view, _completion, from, to) => {
            view.dispatch(insertCompletionText(view.state, o.apply, from, to));
            // After this pick has closed the list, not during it.
            requestAnimationFrame(() => startCompletion(view));
          },
        }
      : // Values keep the schema's order (easy, medium, hard), not the alphabet's.
        { ...o, boost: -Math.min(index, 99) },
  );
  return { from: result.from, options, validFor: /^[\w.-]*$/ };
}

const fieldHelp = hoverTooltip((view, pos) => {
  const help = helpAt(schema, view.state.doc.toString(), pos);
  if (!help?.text) return null;
  return {
    pos: help.from,
    end: help.to,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'cm-field-help';
      const name = document.createElement('strong');
      name.textContent = help.key;
      dom.append(name, `: ${help.text}`);
      return { dom };
    },
  };
});

/** The scenario file in CodeMirror 6: YAML, line numbers, schema completion and help, the check's marks. */
export default function ScenarioEditor({
  value,
  onChange,
  checked,
  labelledBy,
  describedBy,
}: ScenarioEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The hover help, for the keyboard too: the field on the cursor's line, said under the editor.
  const [atCursor, setAtCursor] = useState<FieldHelp | undefined>();
  const changed = useRef(onChange);
  changed.current = onChange;
  const current = useRef(value);
  current.current = value;

  useEffect(() => {
    if (!host.current) return;
    adoptCodeMirrorStyles(host.current.ownerDocument);
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: current.current,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightSelectionMatches(),
          yaml(),
          lintGutter(),
          autocompletion({ override: [schemaCompletions] }),
          fieldHelp,
          editorTheme,
          keymap.of([
            ...completionKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            ...searchKeymap,
            ...lintKeymap,
            // Tab indents; Escape then Tab (or Ctrl+M first) moves focus on: see the hint.
            indentWithTab,
          ]),
          EditorView.contentAttributes.of({
            'aria-labelledby': labelledBy,
            'aria-describedby': describedBy,
            spellcheck: 'false',
            // Already focusable; said so for checkers that look for a focusable scroll region.
            tabindex: '0',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
            if (update.docChanged || update.selectionSet) {
              setAtCursor(
                fieldAtCursor(update.state.doc.toString(), update.state.selection.main.head),
              );
            }
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [labelledBy, describedBy]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || !checked || editor.state.doc.toString() !== checked.text) return;
    editor.dispatch(setDiagnostics(editor.state, marksToDiagnostics(checked.text, checked.marks)));
  }, [checked]);

  return (
    <>
      <div ref={host} className="scenario-editor" />
      <p className="hint field-at-cursor">
        {atCursor ? (
          <>
            Field at the cursor: <strong>{atCursor.key}</strong>: {atCursor.text}
          </>
        ) : (
          'Put the cursor on a field to read what it is for.'
        )}
      </p>
    </>
  );
}

/** The help of the field on the cursor's line (at its key, wherever the cursor is on the line). */
function fieldAtCursor(text: string, head: number): FieldHelp | undefined {
  const direct = helpAt(schema, text, head);
  if (direct?.text) return direct;
  const lineStart = text.lastIndexOf('\n', head - 1) + 1;
  const indent = /^[ \t]*(?:- )?/.exec(text.slice(lineStart))?.[0].length ?? 0;
  const help = helpAt(schema, text, lineStart + indent);
  return help?.text ? help : undefined;
}

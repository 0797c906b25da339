import { lazy, Suspense } from 'react';
import type { OwnMark } from '../../scenario/checkOwn';
import { LoadProblemBoundary } from '../components/LoadProblemBoundary';

// CodeMirror comes only with this screen's editor, never in the first load.
const ScenarioEditor = lazy(() => import('./editor/ScenarioEditor'));

export interface ScenarioTextBoxProps {
  id: string;
  value: string;
  onChange: (text: string) => void;
  checked?: { text: string; marks: readonly OwnMark[] } | undefined;
}

/** The scenario file's text: the code editor, with a plain text box until (or if) it loads. */
export function ScenarioTextBox({ id, value, onChange, checked }: ScenarioTextBoxProps) {
  const label = `${id}-label`;
  const hint = `${id}-hint`;
  const plain = (
    <textarea
      className="own-text"
      rows={18}
      spellCheck={false}
      aria-labelledby={label}
      aria-describedby={hint}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
  return (
    <div className="own-editor">
      <div id={label} className="own-editor-label">
        Scenario file (YAML)
      </div>
      <p id={hint} className="hint">
        Tab indents. To leave the editor by keyboard, press Escape, then Tab (or Ctrl+M once, so Tab
        moves on). Ctrl+Space lists the fields or values that fit where you are; problems are marked
        as you type, F8 goes to the next and Ctrl+Shift+M lists them all.
      </p>
      <LoadProblemBoundary what="The code editor">
        <Suspense fallback={plain}>
          <ScenarioEditor
            value={value}
            onChange={onChange}
            checked={checked}
            labelledBy={label}
            describedBy={hint}
          />
        </Suspense>
      </LoadProblemBoundary>
    </div>
  );
}

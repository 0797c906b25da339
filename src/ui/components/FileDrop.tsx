import { type ReactNode, useId, useState } from 'react';
import './fileDrop.css';

/**
 * Files from a file picker (the keyboard's way in: Tab to it, Enter or Space) inside a zone
 * that also takes files dropped on it; many at once unless `multiple` is false.
 */
export function FileDrop({
  onFiles,
  disabled,
  label = 'Choose results files',
  hint = 'Pick many at once (Shift or Ctrl/⌘ in the file dialog), or drop them here. Each file is checked on its own; a bad one is listed with the reason and the others still load.',
  multiple = true,
}: {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  label?: string;
  hint?: ReactNode;
  multiple?: boolean;
}) {
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is the pointer's extra; the input inside is the way in for everyone
    <div
      className={over ? 'file-drop file-drop-over' : 'file-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = [...e.dataTransfer.files].slice(0, multiple ? undefined : 1);
        if (files.length > 0 && !disabled) onFiles(files);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
}

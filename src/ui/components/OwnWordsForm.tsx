import { useId } from 'react';

export interface OwnWordsFormProps {
  /** What is in the box (controlled, so words heard before a failed voice turn can land here). */
  draft: string;
  onDraftChange: (draft: string) => void;
  onSay: (text: string) => void;
}

/** The caller's own line, typed; Enter says it, Shift+Enter starts a new line. */
export function OwnWordsForm({ draft, onDraftChange, onSay }: OwnWordsFormProps) {
  const id = useId();
  const submit = () => {
    const text = draft.trim();
    if (text === '') return;
    onDraftChange('');
    onSay(text);
  };
  return (
    <form
      className="own-words"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor={`${id}-text`}>Or say it in your own words</label>
      <p id={`${id}-hint`} className="hint">
        Press Enter to say it; Shift+Enter for a new line.
      </p>
      <textarea
        id={`${id}-text`}
        aria-describedby={`${id}-hint`}
        value={draft}
        rows={2}
        onChange={(e) => onDraftChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <button type="submit" disabled={draft.trim() === ''}>
        Say it
      </button>
    </form>
  );
}

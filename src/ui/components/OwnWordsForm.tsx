import { memo, useId, useLayoutEffect, useRef, useState } from 'react';
import { ANSWER_MAX_CHARS } from '../../scenario/limits';

export interface OwnWordsFormProps {
  /** What is in the box (controlled, so words heard before a failed voice turn can land here). */
  draft: string;
  onDraftChange: (draft: string) => void;
  /** Sends the line; the parent clears the draft once it is sent. */
  onSay: (text: string) => void;
  /** True while the line is being understood (classified): Say it waits. */
  pending?: boolean;
  /** Why the last line could not be sent, in one line. */
  problem?: string | undefined;
  /** The box's label ("Or say it…" beside the lines to choose from). */
  label?: string;
}

/** The caller's own line, typed; Enter says it, Shift+Enter starts a new line. */
export const OwnWordsForm = memo(function OwnWordsForm({
  draft,
  onDraftChange,
  onSay,
  pending = false,
  problem,
  label = 'Or say it in your own words',
}: OwnWordsFormProps) {
  const id = useId();
  // The box shows `draft`, but React does not control it: a controlled textarea has its
  // default value (its text child) rewritten on every change, each keystroke and the clearing
  // after a line is sent, and Blink then redoes the editing work on the box. Only the value is
  // written here, and only when it is not already what the learner typed.
  const box = useRef<HTMLTextAreaElement>(null);
  const [initial] = useState(draft);
  useLayoutEffect(() => {
    if (box.current && box.current.value !== draft) box.current.value = draft;
  }, [draft]);
  const submit = () => {
    const text = draft.trim();
    if (text === '' || pending) return;
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
      <label htmlFor={`${id}-text`}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        Press Enter to say it; Shift+Enter for a new line.
      </p>
      <textarea
        id={`${id}-text`}
        aria-describedby={`${id}-hint ${id}-count`}
        ref={box}
        defaultValue={initial}
        maxLength={ANSWER_MAX_CHARS}
        rows={2}
        readOnly={pending}
        onChange={(e) => onDraftChange(e.target.value.slice(0, ANSWER_MAX_CHARS))}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <p id={`${id}-count`} className="hint own-words-count">
        {draft.length} of {ANSWER_MAX_CHARS} characters
      </p>
      <button type="submit" disabled={pending || draft.trim() === ''}>
        Say it
      </button>
      <p
        role="status"
        className={problem && !pending ? 'own-words-status problem' : 'own-words-status'}
      >
        {pending ? 'Understanding…' : (problem ?? '')}
      </p>
    </form>
  );
});

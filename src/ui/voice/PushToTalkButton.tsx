import { memo, type Ref } from 'react';
import { TALK_SHORTCUT } from './pushToTalk';
import type { PushToTalk } from './usePushToTalk';

export interface PushToTalkButtonProps {
  listening: boolean;
  disabled: boolean;
  talk: PushToTalk;
  /** The id of the text that explains the keys. */
  hintId: string;
  buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * The microphone: hold it (pointer or Space) while speaking, or tap it (or press Enter) to
 * start and again to stop. Clicks without a pointer (screen readers) toggle too.
 */
export const PushToTalkButton = memo(function PushToTalkButton({
  listening,
  disabled,
  talk,
  hintId,
  buttonRef,
}: PushToTalkButtonProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      className="talk"
      aria-pressed={listening}
      aria-describedby={hintId}
      aria-keyshortcuts={TALK_SHORTCUT}
      disabled={disabled}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        // No mouse-down focus: it would steal focus from the privacy notice that may open now.
        e.preventDefault();
        // Letting go outside the button still ends a hold.
        if (typeof e.currentTarget.setPointerCapture === 'function') {
          e.currentTarget.setPointerCapture(e.pointerId);
        }
        talk.press();
      }}
      onPointerUp={() => talk.release()}
      onPointerCancel={() => talk.release()}
      onKeyDown={(e) => {
        if (e.key === ' ') {
          e.preventDefault();
          if (!e.repeat) talk.press();
        } else if (e.key === 'Enter') {
          e.preventDefault();
          if (!e.repeat) talk.toggle();
        }
      }}
      onKeyUp={(e) => {
        if (e.key !== ' ') return;
        e.preventDefault();
        talk.release();
      }}
      onClick={(e) => {
        // Pointer and key presses are handled above; a click with no pointer is assistive tech.
        if (e.detail === 0) talk.toggle();
      }}
      onContextMenu={(e) => e.preventDefault()}
    >
      <MicIcon />
      Speak your answer
      {listening && (
        <span aria-hidden="true" className="talk-live">
          ● on
        </span>
      )}
    </button>
  );
});

/** A microphone drawn in the text colour (no emoji font needed). */
function MicIcon() {
  return (
    <svg className="talk-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <rect x="9" y="3" width="6" height="11" rx="3" fill="currentColor" />
      <path
        d="M6 11a6 6 0 0 0 12 0M12 17v4M8.5 21h7"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

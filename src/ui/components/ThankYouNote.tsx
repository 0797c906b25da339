export interface ThankYouNoteProps {
  sent: boolean;
  /** Asked of the machine. */
  canSend: boolean;
  onSend: () => void;
}

/**
 * The optional thank-you note before the first call. Once sent, the same button stays (marked
 * done, `aria-disabled`) so keyboard focus is not dropped to the page, and a status line says so.
 */
export function ThankYouNote({ sent, canSend, onSend }: ThankYouNoteProps) {
  return (
    <div className="note-offer">
      {!sent && <p>A short thank-you note after the interview is optional, and it counts.</p>}
      <button
        type="button"
        className={sent ? 'note-sent' : undefined}
        aria-disabled={sent || undefined}
        disabled={!sent && !canSend}
        onClick={sent ? undefined : onSend}
      >
        {sent ? (
          <>
            <span aria-hidden="true">✓ </span>Thank-you note sent
          </>
        ) : (
          'Send a thank-you note first'
        )}
      </button>
      <p role="status" className="done-note">
        {sent ? 'Thank-you note sent after the interview.' : ''}
      </p>
    </div>
  );
}

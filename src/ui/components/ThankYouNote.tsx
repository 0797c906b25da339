export interface ThankYouNoteProps {
  sent: boolean;
  /** Asked of the machine. */
  canSend: boolean;
  onSend: () => void;
}

/** The optional thank-you note before the first call. */
export function ThankYouNote({ sent, canSend, onSend }: ThankYouNoteProps) {
  if (sent) {
    return (
      <p className="done-note">
        <span aria-hidden="true">✓ </span>Thank-you note sent after the interview.
      </p>
    );
  }
  return (
    <div className="note-offer">
      <p>A short thank-you note after the interview is optional, and it counts.</p>
      <button type="button" onClick={onSend} disabled={!canSend}>
        Send a thank-you note first
      </button>
    </div>
  );
}

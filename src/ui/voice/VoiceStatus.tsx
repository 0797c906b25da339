import { memo } from 'react';
import type { SnapshotFrom } from 'xstate';
import type { VoiceTurnMachine } from './voiceTurnFor';

export interface VoiceStatusProps {
  snapshot: SnapshotFrom<VoiceTurnMachine>;
  onRetry: () => void;
}

/** One line on what the microphone is doing (announced politely), the live words, and retry. */
export const VoiceStatus = memo(function VoiceStatus({ snapshot, onRetry }: VoiceStatusProps) {
  const { interim, failure } = snapshot.context;
  let message = '';
  if (snapshot.matches({ listening: 'opening' })) message = 'Starting the microphone…';
  else if (snapshot.matches({ listening: 'live' }))
    message = 'Listening: speak now, then let go or press again.';
  else if (snapshot.matches('heard')) message = 'Got it.';
  else if (snapshot.matches('failed') && failure) message = failure.reason;
  const failed = snapshot.matches('failed');
  return (
    <div className="voice-status">
      <p role="status" className={failed ? 'voice-reason' : undefined}>
        {failed && message !== '' && <span aria-hidden="true">⚠ </span>}
        {message}
      </p>
      {snapshot.hasTag('listening') && interim !== '' && (
        <p className="interim">
          <span className="interim-label">Heard so far: </span>“{interim}”
        </p>
      )}
      {snapshot.can({ type: 'voice.retry' }) && (
        <button type="button" className="secondary small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
});

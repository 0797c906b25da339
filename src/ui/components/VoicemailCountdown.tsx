import { useEffect } from 'react';
import { useAnnounce } from '../announcer';
import { useElapsedSeconds } from '../hooks/useElapsedSeconds';
import { durationInWords, formatDuration } from '../model/format';

export interface VoicemailCountdownProps {
  limitSeconds: number;
  /** Clock ms the message began; `undefined` while the greeting and the tone play. */
  startedAt: number | undefined;
}

/**
 * The voicemail's message time, counting down. It informs and never cuts the learner off:
 * a hard time limit would shut out people who read or type slowly (WCAG 2.2.1).
 */
export function VoicemailCountdown({ limitSeconds, startedAt }: VoicemailCountdownProps) {
  const elapsed = useElapsedSeconds(startedAt);
  const left = Math.max(0, limitSeconds - elapsed);
  const announce = useAnnounce();
  const stage = left === 0 ? 'over' : left <= 10 ? 'closing' : 'open';
  useEffect(() => {
    if (stage === 'closing') announce('Ten seconds of message time left.');
    if (stage === 'over') announce('The message time is up.');
  }, [stage, announce]);
  return (
    <div className={`countdown countdown-${stage}`}>
      <p>
        Message time left:{' '}
        <strong role="timer" aria-label={`Message time left: ${durationInWords(left)}`}>
          {formatDuration(left)}
        </strong>{' '}
        of {formatDuration(limitSeconds)}
      </p>
      <div className="countdown-bar" aria-hidden="true">
        <span style={{ inlineSize: `${(left / limitSeconds) * 100}%` }} />
      </div>
      {startedAt === undefined && <p className="hint">Your message starts after the tone.</p>}
      {stage === 'over' && (
        <p className="warning">
          <span aria-hidden="true">⚠ </span>Time is up: a real machine would have stopped recording.
          Keep it shorter next time.
        </p>
      )}
    </div>
  );
}

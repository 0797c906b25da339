import { memo } from 'react';
import { useElapsedSeconds } from '../hooks/useElapsedSeconds';
import { durationInWords, formatDuration } from '../model/format';

export interface CallStatusProps {
  /** Who is on the line, in words. */
  onTheLine: string;
  day: number;
  time: string;
  /** Clock ms the call began. */
  startedAt: number | undefined;
}

/** The top of the phone screen: who is on the line, when, and the call timer. */
export const CallStatus = memo(function CallStatus({
  onTheLine,
  day,
  time,
  startedAt,
}: CallStatusProps) {
  const seconds = useElapsedSeconds(startedAt);
  return (
    <div className="call-status">
      <p className="on-the-line">
        <span className="call-dot" aria-hidden="true" />
        <span>
          On the line: <strong>{onTheLine}</strong>
        </span>
      </p>
      <p className="call-meta">
        Day {day}, {time} · Call time{' '}
        <span role="timer" aria-label={`Call time ${durationInWords(seconds)}`}>
          {formatDuration(seconds)}
        </span>
      </p>
    </div>
  );
});

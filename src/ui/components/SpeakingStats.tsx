import { useId } from 'react';
import type { SpeakingReport } from '../model/speaking';
import { describeFillers, describePace, describeSeconds } from '../model/speaking';

export interface SpeakingStatsProps {
  report: SpeakingReport;
}

/** How the caller sounded on the lines they said out loud: time, pace and fillers per call. */
export function SpeakingStats({ report }: SpeakingStatsProps) {
  const id = useId();
  const first = report.calls[0];
  if (!first) return null;
  return (
    <section className="speaking" aria-labelledby={id}>
      <h2 id={id}>How you sounded</h2>
      {report.calls.map(({ call, summary }) => (
        <dl key={call} className="facts" aria-label={`Call ${call + 1}, spoken lines`}>
          <div>
            <dt>Call {call + 1}: lines said out loud</dt>
            <dd>{summary.lines}</dd>
          </div>
          <div>
            <dt>Speaking time</dt>
            <dd>{describeSeconds(summary.seconds)}</dd>
          </div>
          <div>
            <dt>Pace</dt>
            <dd>{describePace(summary.wordsPerMinute)}</dd>
          </div>
          <div>
            <dt>Fillers counted</dt>
            <dd>{describeFillers(summary.fillers)}</dd>
          </div>
        </dl>
      ))}
      <p className="hint">A relaxed phone pace is about 130 to 160 words a minute.</p>
      <p className="hint">{first.summary.fillerNote}</p>
    </section>
  );
}

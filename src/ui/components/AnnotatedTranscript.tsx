import { useId } from 'react';
import type { Scenario } from '../../scenario/schema';
import type { SpokenLineStats } from '../../speech/index';
import { type AnnotatedAttempt, describeTurn } from '../model/annotate';
import { describeOutcome, describeReached } from '../model/outcomes';
import { lineKey } from '../model/speaking';
import { AnnotatedLine } from './AnnotatedLine';

export interface AnnotatedTranscriptProps {
  scenario: Scenario;
  calls: readonly AnnotatedAttempt[];
  /** Speaking numbers of the lines said out loud, by `lineKey(call, turn)`. */
  spoken?: ReadonlyMap<string, SpokenLineStats>;
  onRetry: (attempt: number, turn: number) => void;
}

/** Every call's transcript with the caller's lines marked good / could be better / poor. */
export function AnnotatedTranscript({
  scenario,
  calls,
  spoken,
  onRetry,
}: AnnotatedTranscriptProps) {
  const id = useId();
  const attempts = calls.map((c) => c.attempt);
  return (
    <section className="annotated" aria-labelledby={id}>
      <h2 id={id}>Your calls, line by line</h2>
      {calls.map(({ attempt, index, lines }) => (
        <section key={index} className="annotated-call" aria-labelledby={`${id}-${index}`}>
          <h3 id={`${id}-${index}`}>
            Call {index + 1}: day {attempt.day} at {attempt.time}, reached{' '}
            {describeReached(attempt.reached)}
          </h3>
          <p>{describeOutcome(attempt.outcome)}</p>
          {lines.length === 0 ? (
            <p>Nobody said anything on this call.</p>
          ) : (
            <ol className="transcript" aria-label={`Transcript of call ${index + 1}`}>
              {lines.map((entry) => (
                <AnnotatedLine
                  key={entry.turn}
                  scenario={scenario}
                  entry={entry}
                  spoken={spoken?.get(lineKey(index, entry.turn))}
                  where={describeTurn(attempts, index, entry.turn) ?? `call ${index + 1}`}
                  {...(entry.review ? { onRetry: () => onRetry(index, entry.turn) } : {})}
                />
              ))}
            </ol>
          )}
        </section>
      ))}
    </section>
  );
}

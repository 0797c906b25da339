import type { AttemptRecord } from '../../scenario/campaignTypes';
import { describeOutcome, describeReached } from '../model/outcomes';

export interface OutcomeSummaryProps {
  attempt: AttemptRecord;
  number: number;
}

/** What happened on one call, in a sentence or two. */
export function OutcomeSummary({ attempt, number }: OutcomeSummaryProps) {
  return (
    <dl className="facts outcome">
      <div>
        <dt>Call {number}</dt>
        <dd>
          Day {attempt.day} at {attempt.time}
        </dd>
      </div>
      <div>
        <dt>You reached</dt>
        <dd>{describeReached(attempt.reached)}</dd>
      </div>
      <div>
        <dt>How it ended</dt>
        <dd>{describeOutcome(attempt.outcome)}</dd>
      </div>
    </dl>
  );
}

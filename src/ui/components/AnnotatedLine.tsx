import type { Scenario } from '../../scenario/schema';
import { TIPS } from '../../scoring/tips';
import type { SpokenLineStats } from '../../speech/index';
import { type AnnotatedLine as Line, VERDICT_LABELS } from '../model/annotate';
import { choiceOrderAt } from '../model/choiceOrder';
import { speakerName } from '../model/people';
import { roomChoseWords } from '../model/roomTally';
import { describeSpokenLine } from '../model/speaking';
import { useSessionRules } from '../workshop/ActivePack';

export interface AnnotatedLineProps {
  scenario: Scenario;
  entry: Line;
  /** "call 1, your line 2", for the retry button's name. */
  where: string;
  /** Set when the caller said this line out loud. */
  spoken?: SpokenLineStats | undefined;
  onRetry?: () => void;
}

/** One transcript line; the caller's carry a verdict, reasons, a model line and "retry". */
export function AnnotatedLine({ scenario, entry, where, spoken, onRetry }: AnnotatedLineProps) {
  const { line, review } = entry;
  const { modelAnswers } = useSessionRules();
  const who = speakerName(scenario, line.role);
  if (!review) {
    return (
      <li className="line them">
        <span className="who">{who}</span>
        <span className="said">{line.text}</span>
      </li>
    );
  }
  const verdict = VERDICT_LABELS[review.verdict];
  return (
    <li className={`line me verdict-${review.verdict}`}>
      <span className="who">{who}</span>
      <span className="said">{line.text}</span>
      {spoken && <p className="spoken">{describeSpokenLine(spoken)}</p>}
      {line.room && line.choice !== undefined && (
        <p className="room-tally">
          {roomChoseWords(
            line.room,
            line.choice,
            choiceOrderAt(
              scenario.id,
              line.nodeId,
              scenario.nodes[line.nodeId]?.reply?.choices.length ?? line.choice + 1,
            ),
          )}
        </p>
      )}
      <p className="verdict">
        <span aria-hidden="true">{verdict.symbol} </span>
        {verdict.label}
      </p>
      <ul className="reasons">
        {review.reasons.map((r) => (
          <li key={r.text}>
            {r.text}
            {r.tip && <span className="finding-source"> (Tip: {TIPS[r.tip].title})</span>}
          </li>
        ))}
      </ul>
      {modelAnswers && review.model && (
        <p className="model-line">
          <span className="model-label">A model line: </span>“{review.model}”
        </p>
      )}
      {onRetry && (
        <button
          type="button"
          className="secondary small"
          aria-label={`Retry from this turn (${where})`}
          onClick={onRetry}
        >
          Retry from this turn
        </button>
      )}
    </li>
  );
}

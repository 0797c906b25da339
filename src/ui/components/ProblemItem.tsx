import { TIPS } from '../../scoring/tips';
import { DIMENSIONS, type Problem } from '../../scoring/types';
import { DIMENSION_LABELS } from '../model/dimensions';
import { useSessionRules } from '../workshop/ActivePack';

export interface ProblemItemProps {
  problem: Problem;
  /** Where in the calls it is about, e.g. "call 1, your line 2". */
  where?: string;
  /** Show the caller's line at fault and what to say instead (the debrief's first three). */
  withLine?: boolean;
}

/** The line with the words at fault marked, when they can be found in it. */
export function MarkedLine({ line, phrase }: { line: string; phrase?: string }) {
  const at = phrase ? line.toLowerCase().indexOf(phrase.toLowerCase()) : -1;
  if (!phrase || at < 0) return <q>{line}</q>;
  return (
    <q>
      {line.slice(0, at)}
      <mark>{line.slice(at, at + phrase.length)}</mark>
      {line.slice(at + phrase.length)}
    </q>
  );
}

/** What a problem cost, in each dimension it cost ("Composure −35, Politeness −20"). */
export function costsText(problem: Problem): string {
  return DIMENSIONS.filter((d) => (problem.costs[d] ?? 0) > 0)
    .map((d) => `${DIMENSION_LABELS[d]} −${problem.costs[d]}`)
    .join(', ');
}

/** One problem of the call, once, with what it cost and the tip it comes from. */
export function ProblemItem({ problem, where, withLine = false }: ProblemItemProps) {
  const { modelAnswers, scoresShown } = useSessionRules();
  const costs = scoresShown ? costsText(problem) : '';
  return (
    <li className="finding finding-improve problem">
      <span className="finding-kind">
        <span aria-hidden="true">↗ </span>To improve
      </span>{' '}
      {problem.message}
      {withLine && problem.line && ' '}
      {withLine && problem.line && (
        <span className="problem-line">
          Your line:{' '}
          <MarkedLine line={problem.line} {...(problem.phrase ? { phrase: problem.phrase } : {})} />
        </span>
      )}
      {problem.suggestion && (
        <>
          {' '}
          <span className="try">Try: {problem.suggestion}</span>
        </>
      )}
      {withLine && modelAnswers && problem.model && (
        <>
          {' '}
          <span className="model-line">
            A model line here: <q>{problem.model}</q>
          </span>
        </>
      )}
      <span className="finding-source">
        <a href={`#tip-${problem.tip}`}>Tip: {TIPS[problem.tip].title}</a>
        {where && <> · {where}</>}
        {costs && <> · {costs}</>}
      </span>
    </li>
  );
}

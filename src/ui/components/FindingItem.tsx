import { TIPS } from '../../scoring/tips';
import type { Finding } from '../../scoring/types';

export interface FindingItemProps {
  finding: Finding;
  /** Where in the calls it is about, e.g. "call 1, your line 2". */
  where?: string;
}

/** One finding in plain words, with the tip it comes from. */
export function FindingItem({ finding, where }: FindingItemProps) {
  const good = finding.kind === 'good';
  return (
    <li className={good ? 'finding finding-good' : 'finding finding-improve'}>
      <span className="finding-kind">
        <span aria-hidden="true">{good ? '✓ ' : '↗ '}</span>
        {good ? 'Well done' : 'To improve'}
      </span>{' '}
      {finding.message}
      {finding.suggestion && (
        <>
          {' '}
          <span className="try">Try: {finding.suggestion}</span>
        </>
      )}
      <span className="finding-source">
        <a href={`#tip-${finding.tip}`}>Tip: {TIPS[finding.tip].title}</a>
        {where && <> · {where}</>}
      </span>
    </li>
  );
}

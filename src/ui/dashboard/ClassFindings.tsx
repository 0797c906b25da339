import { useState } from 'react';
import { TIPS } from '../../scoring/tips';
import type { ClassSummary } from '../../workshop/dashboard';
import { DIMENSION_LABELS } from '../model/dimensions';

/** Problems shown at first; the rest are one click away. */
const FIRST = 10;

const of = (n: number, total: number, what: string) =>
  `${n} of ${total} ${what}${total === 1 ? '' : 's'}`;

/** The class's most common problems, by tip and then by kind, as the grader words them. */
export function ClassFindings({ summary }: { summary: ClassSummary }) {
  const [all, setAll] = useState(false);
  const { tips, problems, campaigns } = summary;
  const shown = all ? problems : problems.slice(0, FIRST);
  if (problems.length === 0) {
    return <p>No campaign lost points: nothing to work on across the class.</p>;
  }
  return (
    <>
      <h3>By tip</h3>
      <ul className="tip-counts">
        {tips.map((t) => (
          <li key={t.tip}>
            <strong>
              {t.tip} {TIPS[t.tip].title}
            </strong>
            : points lost in {of(t.campaigns, campaigns, 'campaign')} ({t.participants}{' '}
            {t.participants === 1 ? 'person' : 'people'})
          </li>
        ))}
      </ul>
      <h3>Most common problems</h3>
      <ol className="problem-counts">
        {shown.map((p) => (
          <li key={p.key}>
            <span className="problem-text">{p.text}</span>{' '}
            <span className="problem-count">
              {of(p.campaigns, campaigns, 'campaign')}, {p.participants}{' '}
              {p.participants === 1 ? 'person' : 'people'}
            </span>{' '}
            <span className="hint">
              ({p.tip}, {DIMENSION_LABELS[p.dimension]})
            </span>
          </li>
        ))}
      </ol>
      {problems.length > FIRST && (
        <button type="button" className="secondary" onClick={() => setAll((a) => !a)}>
          {all ? `Show the first ${FIRST}` : `Show all ${problems.length} kinds of problem`}
        </button>
      )}
    </>
  );
}

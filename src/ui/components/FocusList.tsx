import { useId } from 'react';
import type { Problem } from '../../scoring/types';
import { ProblemItem } from './ProblemItem';

export interface FocusListProps {
  focus: readonly Problem[];
  describeWhere: (p: Problem) => string | undefined;
}

/** The debrief's opening: the few things to work on first, each with the line at fault. */
export function FocusList({ focus, describeWhere }: FocusListProps) {
  const id = useId();
  return (
    <section className="focus" aria-labelledby={id}>
      <h2 id={id}>{focus.length > 0 ? 'Work on these first' : 'Nothing to work on'}</h2>
      {focus.length > 0 ? (
        <ol className="findings">
          {focus.map((p, i) => {
            const where = describeWhere(p);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the scorecard's focus is a fixed list
              <ProblemItem key={i} problem={p} withLine {...(where ? { where } : {})} />
            );
          })}
        </ol>
      ) : (
        <p>Every dimension came through without a point lost.</p>
      )}
    </section>
  );
}

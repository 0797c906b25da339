import { useId } from 'react';
import type { Dimension, Finding } from '../../scoring/types';
import { DIMENSION_HINTS, DIMENSION_LABELS, scoreBand } from '../model/dimensions';
import { useSessionRules } from '../workshop/ActivePack';
import { FindingItem } from './FindingItem';

export interface DimensionCardProps {
  dimension: Dimension;
  score: number;
  /** False when nothing in the calls let this dimension be judged. */
  applies?: boolean;
  /** What went well here (the problems are listed once, in the debrief's detail). */
  praise: readonly Finding[];
  /** How many of the call's problems cost this dimension points. */
  problemCount: number;
  describeWhere: (finding: Finding) => string | undefined;
}

/** One dimension of the scorecard: score, band in words, what went well, what it lost. */
export function DimensionCard(props: DimensionCardProps) {
  const { dimension, score, praise, problemCount, describeWhere } = props;
  const id = useId();
  const band = scoreBand(score);
  const { scoresShown } = useSessionRules();
  // Held for the end of a workshop: what went well stays, the numbers and points lost do not.
  const lost = scoresShown ? 100 - score : 0;
  return (
    <section className="dimension" aria-labelledby={id}>
      <h3 id={id}>
        {DIMENSION_LABELS[dimension]}
        {scoresShown && `: ${score} / 100`}
      </h3>
      {scoresShown && (
        <>
          <p className={`band band-${band.tone}`}>
            <span aria-hidden="true">{band.symbol} </span>
            {band.label}
          </p>
          <div className="score-bar" aria-hidden="true">
            <span style={{ inlineSize: `${score}%` }} />
          </div>
        </>
      )}
      <p className="hint">{DIMENSION_HINTS[dimension]}</p>
      {props.applies === false && <p>Not judged on these calls: nothing in them showed it.</p>}
      {lost > 0 && problemCount > 0 && (
        <p className="lost">
          Lost {lost} point{lost === 1 ? '' : 's'} to {problemCount} problem
          {problemCount === 1 ? '' : 's'} (see “Every problem, once”).
        </p>
      )}
      {praise.length > 0 ? (
        <ul className="findings">
          {praise.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a scorecard's findings are a fixed list
            <FindingItem key={i} finding={f} {...withWhere(describeWhere(f))} />
          ))}
        </ul>
      ) : (
        props.applies !== false && lost === 0 && <p>Nothing to flag here.</p>
      )}
    </section>
  );
}

function withWhere(where: string | undefined): { where?: string } {
  return where === undefined ? {} : { where };
}

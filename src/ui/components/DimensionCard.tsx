import { useId } from 'react';
import type { Dimension, Finding } from '../../scoring/types';
import { DIMENSION_HINTS, DIMENSION_LABELS, scoreBand } from '../model/dimensions';
import { FindingItem } from './FindingItem';

export interface DimensionCardProps {
  dimension: Dimension;
  score: number;
  /** False when nothing in the calls let this dimension be judged. */
  applies?: boolean;
  findings: readonly Finding[];
  describeWhere: (finding: Finding) => string | undefined;
}

/** One dimension of the scorecard: score, band in words, and its findings. */
export function DimensionCard(props: DimensionCardProps) {
  const { dimension, score, findings, describeWhere } = props;
  const id = useId();
  const band = scoreBand(score);
  return (
    <section className="dimension" aria-labelledby={id}>
      <h3 id={id}>
        {DIMENSION_LABELS[dimension]}: {score} / 100
      </h3>
      <p className={`band band-${band.tone}`}>
        <span aria-hidden="true">{band.symbol} </span>
        {band.label}
      </p>
      <div className="score-bar" aria-hidden="true">
        <span style={{ inlineSize: `${score}%` }} />
      </div>
      <p className="hint">{DIMENSION_HINTS[dimension]}</p>
      {props.applies === false && <p>Not judged on these calls: nothing in them showed it.</p>}
      {findings.length > 0 ? (
        <ul className="findings">
          {findings.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a scorecard's findings are a fixed list
            <FindingItem key={i} finding={f} {...withWhere(describeWhere(f))} />
          ))}
        </ul>
      ) : (
        props.applies !== false && <p>Nothing to flag here.</p>
      )}
    </section>
  );
}

function withWhere(where: string | undefined): { where?: string } {
  return where === undefined ? {} : { where };
}

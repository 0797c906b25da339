import type { DimensionSpread } from '../../workshop/dashboard';
import type { Spread } from '../../workshop/spread';
import { DIMENSION_LABELS } from '../model/dimensions';

const W = 560;
const ROW = 34;
const LEFT = 110;
const RIGHT = 16;
const TOP = 8;
const AXIS = 24;

const x = (score: number) => LEFT + (score * (W - LEFT - RIGHT)) / 100;

interface Row {
  label: string;
  spread?: Spread | undefined;
}

/** A spread in words: the summary a screen reader hears for one row of the plot. */
export function describeSpread(label: string, s: Spread | undefined): string {
  if (!s) return `${label}: not judged in any campaign.`;
  return `${label}: median ${s.median}, middle half ${s.q1} to ${s.q3}, lowest ${s.min}, highest ${s.max}, mean ${s.mean} (${s.n} campaign${s.n === 1 ? '' : 's'}).`;
}

/**
 * One box plot per dimension (and overall) on a shared 0–100 scale: the box is the middle
 * half, the line in it the median, the whiskers the lowest and highest, the diamond the mean.
 */
export function SpreadPlot({
  overall,
  dimensions,
}: {
  overall?: Spread | undefined;
  dimensions: readonly DimensionSpread[];
}) {
  const rows: Row[] = [
    { label: 'Overall', spread: overall },
    ...dimensions.map((d) => ({ label: DIMENSION_LABELS[d.dimension], spread: d.spread })),
  ];
  const H = TOP + rows.length * ROW + AXIS;
  return (
    <figure className="spread-plot">
      <figcaption>Scores across the class, 0 to 100</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Box plots of the class's scores, 0 to 100. ${rows
          .map((r) => describeSpread(r.label, r.spread))
          .join(' ')}`}
      >
        {[0, 25, 50, 75, 100].map((g) => (
          <g key={g}>
            <line className="chart-grid" x1={x(g)} x2={x(g)} y1={TOP} y2={H - AXIS} />
            <text className="chart-axis" x={x(g)} y={H - 6} textAnchor="middle">
              {g}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const mid = TOP + i * ROW + ROW / 2;
          const s = r.spread;
          return (
            <g key={r.label}>
              <text className="spread-label" x={LEFT - 8} y={mid + 4} textAnchor="end">
                {r.label}
              </text>
              {s ? (
                <>
                  <line className="spread-whisker" x1={x(s.min)} x2={x(s.max)} y1={mid} y2={mid} />
                  <line
                    className="spread-whisker"
                    x1={x(s.min)}
                    x2={x(s.min)}
                    y1={mid - 6}
                    y2={mid + 6}
                  />
                  <line
                    className="spread-whisker"
                    x1={x(s.max)}
                    x2={x(s.max)}
                    y1={mid - 6}
                    y2={mid + 6}
                  />
                  <rect
                    className="spread-box"
                    x={x(s.q1)}
                    width={Math.max(2, x(s.q3) - x(s.q1))}
                    y={mid - 10}
                    height={20}
                  />
                  <line
                    className="spread-median"
                    x1={x(s.median)}
                    x2={x(s.median)}
                    y1={mid - 10}
                    y2={mid + 10}
                  />
                  <path
                    className="spread-mean"
                    d={`M ${x(s.mean)} ${mid - 5} l 5 5 l -5 5 l -5 -5 z`}
                  />
                </>
              ) : (
                <text className="chart-axis" x={x(0) + 4} y={mid + 4}>
                  not judged
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul className="spread-summary" aria-label="The same in words">
        {rows.map((r) => (
          <li key={r.label}>{describeSpread(r.label, r.spread)}</li>
        ))}
      </ul>
    </figure>
  );
}

import { shortDay } from '../model/format';
import { describeSeries, type Series } from '../model/progressSeries';

// Wide and low, so that on a phone (one chart across the screen) three or four charts fit in
// one screen; the axis text (11 units) is about 9 px in a 15rem column and 11 px on a phone.
const W = 300;
const H = 100;
const PAD = 8;
// Room on the left for the 0 / 50 / 100 labels, and below for the dates.
const LEFT = 30;
const BOTTOM = 20;

function point(i: number, n: number, score: number): [number, number] {
  const x = n === 1 ? (LEFT + W - PAD) / 2 : LEFT + (i * (W - LEFT - PAD)) / (n - 1);
  const y = PAD + ((100 - score) * (H - BOTTOM - PAD)) / 100;
  return [x, y];
}

/** One small chart per series (small multiples), so no colour has to tell lines apart. */
export function ProgressChart({ series }: { series: readonly Series[] }) {
  return (
    <ul className="charts">
      {series.map((s) => {
        const points = s.scores.map((score, i) => point(i, s.scores.length, score));
        const latest = s.scores[s.scores.length - 1];
        return (
          <li key={s.key}>
            <figure className="chart">
              <figcaption>
                {s.label}
                <span className="chart-count">
                  {' '}
                  ({s.scores.length} campaign{s.scores.length === 1 ? '' : 's'})
                </span>
                {latest !== undefined && <span className="chart-latest"> · latest {latest}</span>}
              </figcaption>
              <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describeSeries(s)}>
                {[0, 50, 100].map((g) => (
                  <g key={g}>
                    <line
                      className="chart-grid"
                      x1={LEFT}
                      x2={W - PAD}
                      y1={point(0, 1, g)[1]}
                      y2={point(0, 1, g)[1]}
                    />
                    <text
                      className="chart-axis"
                      x={LEFT - 4}
                      y={point(0, 1, g)[1] + 4}
                      textAnchor="end"
                    >
                      {g}
                    </text>
                  </g>
                ))}
                {s.dates.length > 1 ? (
                  <>
                    <text className="chart-axis" x={LEFT} y={H - 4} textAnchor="start">
                      {shortDay(s.dates[0] ?? '')}
                    </text>
                    <text className="chart-axis" x={W - PAD} y={H - 4} textAnchor="end">
                      {shortDay(s.dates[s.dates.length - 1] ?? '')}
                    </text>
                  </>
                ) : (
                  <text className="chart-axis" x={point(0, 1, 0)[0]} y={H - 4} textAnchor="middle">
                    {shortDay(s.dates[0] ?? '')}
                  </text>
                )}
                <polyline
                  className="chart-line"
                  points={points.map((p) => p.join(',')).join(' ')}
                />
                {points.map(([x, y], i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one point per campaign, in order
                  <circle key={i} className="chart-point" cx={x} cy={y} r={3.5}>
                    <title>{`${shortDay(s.dates[i] ?? '')}: ${s.scores[i]}`}</title>
                  </circle>
                ))}
              </svg>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}

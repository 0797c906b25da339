import type { Scorecard as Card } from '../../scoring/types';
import { DIMENSIONS } from '../../scoring/types';
import { TIPS } from '../../scoring/tips';

const LABELS: Record<(typeof DIMENSIONS)[number], string> = {
  timing: 'Timing',
  brevity: 'Brevity',
  politeness: 'Politeness',
  purpose: 'Purpose',
  composure: 'Composure',
};

/** The debrief: overall score, each dimension, and the findings tied to tips. */
export function Scorecard({ card }: { card: Card }) {
  return (
    <section className="panel" aria-labelledby="score-title">
      <h2 id="score-title">Your scorecard: {card.overall} / 100</h2>
      <dl className="dimensions">
        {DIMENSIONS.map((d) => (
          <div key={d}>
            <dt>{LABELS[d]}</dt>
            <dd>{card.dimensions[d].score} / 100</dd>
          </div>
        ))}
      </dl>
      <h3>What to keep and what to change</h3>
      <ul className="findings">
        {card.findings.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: findings are a fixed list
          <li key={i}>
            <strong>{f.kind === 'good' ? 'Well done' : 'To improve'}</strong> ({LABELS[f.dimension]} ·{' '}
            {TIPS[f.tip].title}): {f.message}
            {f.suggestion && <> Try: {f.suggestion}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}

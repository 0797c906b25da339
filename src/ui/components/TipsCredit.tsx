import { ARTICLE_CREDIT, TIP_IDS, TIPS } from '../../scoring/tips';

/** The tips behind every finding, paraphrased, with the source credited. */
export function TipsCredit() {
  return (
    <section className="tips" aria-labelledby="tips-title">
      <h2 id="tips-title">The tips behind your score</h2>
      <dl>
        {TIP_IDS.map((id) => (
          <div key={id} id={`tip-${id}`} tabIndex={-1}>
            <dt>{TIPS[id].title}</dt>
            <dd>{TIPS[id].summary}</dd>
          </div>
        ))}
      </dl>
      <p className="credit">{ARTICLE_CREDIT}</p>
    </section>
  );
}

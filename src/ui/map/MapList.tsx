import type { ScenarioGraph } from '../../scenario/scenarioGraph';
import type { Scenario } from '../../scenario/schema';
import { callsInWords, type MapPath, type RetryPoint } from './mapPath';
import { nodeName, nodeNotes, whoSpeaks } from './nodeLabels';

export interface MapListProps {
  scenario: Scenario;
  graph: ScenarioGraph;
  /** Each node's list item id is `${idPrefix}-${node id}`. */
  idPrefix: string;
  path?: MapPath | undefined;
  headingLevel: 2 | 3;
  /** The debrief: where the learner spoke, and how to retry from there. */
  retry?: {
    at: ReadonlyMap<string, RetryPoint[]>;
    onRetry: (attempt: number, turn: number) => void;
  };
}

/** Moves focus to a node's item without touching the address (the app's routes live in it). */
function jumpTo(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  target.focus();
  target.scrollIntoView?.({ block: 'nearest' });
}

/** The map as a nested list: each node, who speaks, what they say, and where each move leads. */
export function MapList({ scenario, graph, idPrefix, path, headingLevel, retry }: MapListProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const itemId = (node: string) => `${idPrefix}-${node.replace(/[^\w-]/g, '_')}`;
  return (
    <section className="map-list" aria-labelledby={`${idPrefix}-list`}>
      <Heading id={`${idPrefix}-list`}>The map as a list</Heading>
      <ol>
        {graph.nodes.map((node) => {
          const out = graph.edges.filter((e) => e.from === node.id);
          const calls = path?.nodes.get(node.id);
          const notes = nodeNotes(node);
          return (
            <li key={node.id} id={itemId(node.id)} tabIndex={-1}>
              <p>
                <strong>{nodeName(node.id)}</strong> — {whoSpeaks(scenario, node)}
                {notes.map((n) => (
                  <span key={n} className="map-list-note">
                    {' · '}
                    {n}
                  </span>
                ))}
                {calls && (
                  <span className="map-list-path"> · ✓ Your path: {callsInWords(calls)}</span>
                )}
              </p>
              {node.says && <p className="map-list-says">“{node.says}”</p>}
              {retry?.at.get(node.id)?.map((p) => (
                <button
                  key={p.attempt}
                  type="button"
                  className="small"
                  onClick={() => retry.onRetry(p.attempt, p.turn)}
                >
                  Retry from {nodeName(node.id)} on call {p.attempt + 1}
                </button>
              ))}
              {out.length > 0 && (
                <ul aria-label={`Where ${nodeName(node.id)} leads`}>
                  {out.map((e) => {
                    const taken = path?.edges.get(e.id);
                    const model = path?.model?.get(node.id) === e.id;
                    return (
                      <li key={e.id}>
                        {e.detail} →{' '}
                        <a
                          href={`#${itemId(e.to)}`}
                          onClick={(ev) => {
                            ev.preventDefault();
                            jumpTo(itemId(e.to));
                          }}
                        >
                          {nodeName(e.to)}
                        </a>
                        {taken && (
                          <span className="map-list-path">
                            {' '}
                            · ✓ You went this way: {callsInWords(taken)}
                          </span>
                        )}
                        {model && (
                          <span className="map-list-model"> · ☆ The model line goes this way</span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

import type { GraphEdge, GraphNode, ScenarioGraph } from '../../scenario/scenarioGraph';
import { OUTCOME_LABELS, SPEAKER_LABELS } from '../../scenario/scenarioGraph';
import type { MapLayout, PlacedNode, Point } from './layout';
import type { MapPath } from './mapPath';
import { nodeName } from './nodeLabels';

export interface MapDrawingProps {
  graph: ScenarioGraph;
  layout: MapLayout;
  /** Marker ids are per map, so two maps on a page do not share them. */
  idPrefix: string;
  path?: MapPath | undefined;
}

function pathData(points: readonly Point[]): string {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`)
    .join(' ');
}

/** The outline of a node: its shape says who speaks (the text says it too). */
function NodeShape({ node, at }: { node: GraphNode; at: PlacedNode }) {
  const x = at.x - at.width / 2;
  const y = at.y - at.height / 2;
  const { width: w, height: h } = at;
  switch (node.kind === 'dial' ? 'dial' : node.speaker) {
    case 'dial':
      return <circle className="map-shape" cx={at.x} cy={at.y} r={w / 2} />;
    case 'interviewer':
      return <rect className="map-shape" x={x} y={y} width={w} height={h} rx={h / 2} />;
    case 'voicemail': {
      // A folded corner, like a note left behind.
      const c = 14;
      const pts = [
        [x, y],
        [x + w - c, y],
        [x + w, y + c],
        [x + w, y + h],
        [x, y + h],
      ];
      return <polygon className="map-shape" points={pts.map((p) => p.join(',')).join(' ')} />;
    }
    case 'narrator':
      return (
        <rect className="map-shape map-shape-narrator" x={x} y={y} width={w} height={h} rx={0} />
      );
    default:
      return <rect className="map-shape" x={x} y={y} width={w} height={h} rx={8} />;
  }
}

function onPathClass(calls: readonly number[] | undefined, path: MapPath | undefined): string {
  if (!path) return '';
  return calls ? ' map-on-path' : ' map-off-path';
}

/** The edge a model line would have taken (the debrief), drawn apart from the learner's. */
function modelClass(edgeId: string, path: MapPath | undefined): string {
  if (!path?.model) return '';
  for (const e of path.model.values()) if (e === edgeId) return ' map-model';
  return '';
}

function MapNode({
  node,
  at,
  path,
}: {
  node: GraphNode;
  at: PlacedNode;
  path?: MapPath | undefined;
}) {
  const calls = path?.nodes.get(node.id);
  const flagged = node.unreachable || node.deadEnd;
  const className = [
    'map-node',
    `map-node-${node.kind === 'dial' ? 'dial' : node.speaker}`,
    node.end ? `map-end map-end-${node.end}` : '',
    flagged ? 'map-flagged' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const top = at.y - at.height / 2;
  const caption = node.kind === 'dial' ? 'Dial' : node.speaker ? SPEAKER_LABELS[node.speaker] : '';
  const note = node.unreachable
    ? '⚠ Never reached'
    : node.deadEnd
      ? '⚠ Dead end'
      : node.end
        ? `Ends: ${OUTCOME_LABELS[node.end]}`
        : '';
  return (
    <g className={className + onPathClass(calls, path)} data-node={node.id}>
      <NodeShape node={node} at={at} />
      {node.kind === 'dial' ? (
        <text x={at.x} y={at.y + 4} className="map-node-name">
          ☎ Dial
        </text>
      ) : (
        <>
          <text x={at.x} y={top + 16} className="map-node-who">
            {calls ? '✓ ' : ''}
            {caption}
          </text>
          <text x={at.x} y={top + 34} className="map-node-name">
            {nodeName(node.id)}
          </text>
          {note && (
            <text x={at.x} y={top + 52} className="map-node-note">
              {note}
            </text>
          )}
        </>
      )}
    </g>
  );
}

function MapEdge({
  edge,
  layout,
  idPrefix,
  path,
}: {
  edge: GraphEdge;
  layout: MapLayout;
  idPrefix: string;
  path?: MapPath | undefined;
}) {
  const placed = layout.edges.get(edge.id);
  if (!placed || placed.points.length === 0) return null;
  const calls = path?.edges.get(edge.id);
  const label = placed.label;
  const width = Math.min(140, edge.label.length * 7 + 10);
  return (
    <g
      className={`map-edge map-edge-${edge.kind}${onPathClass(calls, path)}${modelClass(edge.id, path)}`}
      data-edge={edge.id}
    >
      <path
        d={pathData(placed.points)}
        markerEnd={`url(#${idPrefix}-arrow${calls ? '-path' : ''})`}
      />
      {label && (
        <g className="map-edge-label">
          <rect x={label.x - width / 2} y={label.y - 9} width={width} height={18} rx={4} />
          <text x={label.x} y={label.y + 4}>
            {edge.label}
          </text>
        </g>
      )}
    </g>
  );
}

/** The graph as SVG shapes: edges first, so nodes and labels sit on top. */
export function MapDrawing({ graph, layout, idPrefix, path }: MapDrawingProps) {
  return (
    <>
      <defs>
        {['', '-path'].map((suffix) => (
          <marker
            key={suffix}
            id={`${idPrefix}-arrow${suffix}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
            className={`map-arrow${suffix}`}
          >
            <path d="M0 0 L10 5 L0 10 z" />
          </marker>
        ))}
      </defs>
      {graph.edges.map((e) => (
        <MapEdge key={e.id} edge={e} layout={layout} idPrefix={idPrefix} path={path} />
      ))}
      {graph.nodes.map((n) => {
        const at = layout.nodes.get(n.id);
        return at ? <MapNode key={n.id} node={n} at={at} path={path} /> : null;
      })}
    </>
  );
}

import { Graph, layout } from '@dagrejs/dagre';
import type { ScenarioGraph } from '../../scenario/scenarioGraph';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  id: string;
  /** Centre of the node. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  id: string;
  points: Point[];
  /** Where the edge's label sits (dagre keeps room for it). */
  label?: Point;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: Map<string, PlacedNode>;
  edges: Map<string, PlacedEdge>;
}

export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 64;
const DIAL_SIZE = 64;
const LABEL_HEIGHT = 18;
const MARGIN = 24;

/** Roughly how wide a label's text is at the map's font size (dagre needs sizes, not text). */
function labelWidth(text: string): number {
  return text === '' ? 0 : Math.min(140, text.length * 7 + 10);
}

/** Places the graph's nodes and routes its edges top to bottom with dagre. */
export function layoutGraph(graph: ScenarioGraph): MapLayout {
  const g = new Graph({ multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    nodesep: 28,
    ranksep: 56,
    edgesep: 12,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  for (const n of graph.nodes) {
    const dial = n.kind === 'dial';
    g.setNode(n.id, {
      width: dial ? DIAL_SIZE : NODE_WIDTH,
      height: dial ? DIAL_SIZE : NODE_HEIGHT,
    });
  }
  for (const e of graph.edges) {
    const width = labelWidth(e.label);
    g.setEdge(e.from, e.to, { width, height: width ? LABEL_HEIGHT : 0, labelpos: 'c' }, e.id);
  }
  layout(g);
  const nodes = new Map<string, PlacedNode>();
  for (const n of graph.nodes) {
    const placed = g.node(n.id);
    nodes.set(n.id, {
      id: n.id,
      x: placed.x ?? 0,
      y: placed.y ?? 0,
      width: placed.width,
      height: placed.height,
    });
  }
  const edges = new Map<string, PlacedEdge>();
  for (const e of graph.edges) {
    const placed = g.edge(e.from, e.to, e.id);
    const label =
      e.label !== '' && placed.x !== undefined && placed.y !== undefined
        ? { x: placed.x, y: placed.y }
        : undefined;
    edges.set(e.id, { id: e.id, points: placed.points ?? [], ...(label ? { label } : {}) });
  }
  const size = g.graph();
  return { width: size.width ?? 0, height: size.height ?? 0, nodes, edges };
}

import type { CampaignContext } from '../../scenario/campaignTypes';
import type { CallPath } from '../../scenario/scenarioPath';

/** Which calls (numbered from 1) passed each node and took each edge: the debrief's path on the map. */
export interface MapPath {
  nodes: ReadonlyMap<string, number[]>;
  edges: ReadonlyMap<string, number[]>;
  /** Where each node's model line would have led: node id to the edge its reading takes. */
  model?: ReadonlyMap<string, string>;
}

function addTo(map: Map<string, number[]>, key: string, call: number) {
  const calls = map.get(key);
  if (!calls) map.set(key, [call]);
  else if (!calls.includes(call)) calls.push(call);
}

/** The calls' paths folded into one, keeping which call went where. */
export function mapPathOf(paths: readonly CallPath[]): MapPath {
  const nodes = new Map<string, number[]>();
  const edges = new Map<string, number[]>();
  for (const p of paths) {
    for (const n of p.nodes) addTo(nodes, n, p.attempt);
    for (const e of p.edges) addTo(edges, e, p.attempt);
  }
  return { nodes, edges };
}

/** "call 1" / "calls 1 and 2". */
export function callsInWords(calls: readonly number[]): string {
  if (calls.length === 1) return `call ${calls[0]}`;
  return `calls ${calls.slice(0, -1).join(', ')} and ${calls[calls.length - 1]}`;
}

/** Where the learner may retry from: a caller turn (attempt and turn index, from 0) at a node. */
export interface RetryPoint {
  attempt: number;
  turn: number;
}

/** For each node where the learner spoke, the first turn there on each call: a retry point. */
export function retryPointsOf(context: CampaignContext): ReadonlyMap<string, RetryPoint[]> {
  const points = new Map<string, RetryPoint[]>();
  context.attempts.forEach((a, attempt) => {
    a.turns.forEach((t, turn) => {
      if (t.speaker !== 'me' || t.nodeId === undefined) return;
      const list = points.get(t.nodeId) ?? [];
      if (!list.some((p) => p.attempt === attempt)) list.push({ attempt, turn });
      points.set(t.nodeId, list);
    });
  });
  return points;
}

import { RESERVED_NODE_IDS } from './campaignMachine.ts';
import { checkLines } from './checkLines.ts';
import type { Scenario } from './schema.ts';

/** A problem found in a parsed scenario, located by its path in the document. */
export interface PathProblem {
  path: (string | number)[];
  message: string;
  /** Point at the key itself rather than its value (used for node names). */
  atKey?: boolean;
}

interface Edge {
  to: string;
  path: (string | number)[];
}

function edgesOf(scenario: Scenario, nodeId: string): Edge[] {
  const node = scenario.nodes[nodeId];
  if (!node) return [];
  const base = ['nodes', nodeId];
  const edges: Edge[] = [];
  if (node.goto) edges.push({ to: node.goto, path: [...base, 'goto'] });
  if (node.reply) {
    node.reply.choices.forEach((c, i) => {
      edges.push({ to: c.goto, path: [...base, 'reply', 'choices', i, 'goto'] });
    });
    node.reply.routes.forEach((r, i) => {
      edges.push({ to: r.goto, path: [...base, 'reply', 'routes', i, 'goto'] });
    });
    edges.push({ to: node.reply.otherwise, path: [...base, 'reply', 'otherwise'] });
  }
  return edges;
}

/** Every node reachable from `starts` along edges to known nodes. */
function reachableFrom(edges: ReadonlyMap<string, Edge[]>, starts: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = starts.filter((s) => edges.has(s));
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of edges.get(id) ?? []) {
      if (edges.has(edge.to) && !seen.has(edge.to)) stack.push(edge.to);
    }
  }
  return seen;
}

/** The nodes from which some call can end: a search back from the `end` nodes. */
function nodesThatCanEnd(scenario: Scenario, edges: ReadonlyMap<string, Edge[]>): Set<string> {
  const into = new Map<string, string[]>();
  for (const [from, out] of edges) {
    for (const { to } of out) {
      const list = into.get(to);
      if (list) list.push(from);
      else into.set(to, [from]);
    }
  }
  const canEnd = new Set<string>();
  const stack: string[] = [];
  for (const id of edges.keys()) {
    if (scenario.nodes[id]?.end !== undefined) {
      canEnd.add(id);
      stack.push(id);
    }
  }
  while (stack.length > 0) {
    for (const from of into.get(stack.pop() as string) ?? []) {
      if (canEnd.has(from)) continue;
      canEnd.add(from);
      stack.push(from);
    }
  }
  return canEnd;
}

/** The nodes on a loop made of `goto` steps only (each node has at most one such step). */
function gotoLoops(scenario: Scenario, ids: readonly string[]): Set<string> {
  const onLoop = new Set<string>();
  const done = new Set<string>();
  for (const start of ids) {
    // Follow the goto chain from `start` until it leaves the gotos or meets a node seen before.
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current)) {
      const node: Scenario['nodes'][string] | undefined = Object.hasOwn(scenario.nodes, current)
        ? scenario.nodes[current]
        : undefined;
      if (node?.goto === undefined) break;
      const at = onPath.get(current);
      if (at !== undefined) {
        for (const id of path.slice(at)) onLoop.add(id);
        break;
      }
      onPath.set(current, path.length);
      path.push(current);
      current = node.goto;
    }
    for (const id of path) done.add(id);
  }
  return onLoop;
}

/** Which nodes a call can reach, and which reached nodes can never end (dead ends). */
export interface NodeReach {
  unreachable: ReadonlySet<string>;
  deadEnds: ReadonlySet<string>;
}

function edgeMap(scenario: Scenario): Map<string, Edge[]> {
  return new Map(Object.keys(scenario.nodes).map((id) => [id, edgesOf(scenario, id)] as const));
}

function reachOf(scenario: Scenario, edges: ReadonlyMap<string, Edge[]>): NodeReach {
  const ids = Object.keys(scenario.nodes);
  const reachable = reachableFrom(
    edges,
    scenario.campaign.answer.map((r) => r.goto),
  );
  const canEnd = nodesThatCanEnd(scenario, edges);
  return {
    unreachable: new Set(ids.filter((id) => !reachable.has(id))),
    deadEnds: new Set(ids.filter((id) => reachable.has(id) && !canEnd.has(id))),
  };
}

/** The nodes `checkScenario` reports as never reached or as dead ends (the map flags them). */
export function nodeReach(scenario: Scenario): NodeReach {
  return reachOf(scenario, edgeMap(scenario));
}

/** Finds the mistakes a schema cannot see: bad targets, unreachable nodes, dead ends, loops. */
export function checkScenario(scenario: Scenario): PathProblem[] {
  const problems: PathProblem[] = [];
  const ids = Object.keys(scenario.nodes);
  const known = new Set(ids);
  const edges = edgeMap(scenario);

  for (const id of ids) {
    if ((RESERVED_NODE_IDS as readonly string[]).includes(id)) {
      problems.push({
        path: ['nodes', id],
        atKey: true,
        message: `node name "${id}" is reserved; choose another`,
      });
    }
    const node = scenario.nodes[id];
    if (node?.reply && node.reply.choices.length === 0) {
      problems.push({
        path: ['nodes', id, 'reply', 'choices'],
        message: `the caller's turn at "${id}" offers no choices; add at least one line to choose`,
      });
    }
    for (const edge of edges.get(id) ?? []) {
      if (!known.has(edge.to)) {
        problems.push({
          path: edge.path,
          message: `goes to "${edge.to}", but there is no node of that name`,
        });
      }
    }
  }
  scenario.campaign.answer.forEach((rule, i) => {
    if (!known.has(rule.goto)) {
      problems.push({
        path: ['campaign', 'answer', i, 'goto'],
        message: `answers with "${rule.goto}", but there is no node of that name`,
      });
    }
  });
  const rules = scenario.campaign.answer;
  if (rules.length > 0 && rules[rules.length - 1]?.when !== undefined) {
    problems.push({
      path: ['campaign', 'answer', rules.length - 1],
      message: 'the last answer rule needs no "when", so every call is answered somehow',
    });
  }

  const reach = reachOf(scenario, edges);
  for (const id of ids) {
    if (reach.unreachable.has(id)) {
      problems.push({
        path: ['nodes', id],
        atKey: true,
        message: `node "${id}" can never be reached`,
      });
    }
  }

  // A dead end is a node from which no call can end.
  for (const id of ids) {
    if (reach.deadEnds.has(id)) {
      problems.push({
        path: ['nodes', id],
        atKey: true,
        message: `dead end: no call that reaches "${id}" can ever finish (no path to a node with "end")`,
      });
    }
  }

  // Nodes that only "goto" must not form a loop: the call would spin without the caller.
  const loops = gotoLoops(scenario, ids);
  for (const id of ids) {
    if (loops.has(id)) {
      problems.push({
        path: ['nodes', id, 'goto'],
        message: `"${id}" loops back to itself through goto only; give the caller a turn in between`,
      });
    }
  }

  // Voicemail lines need a time limit; the learner sees it count down.
  for (const id of ids) {
    const node = scenario.nodes[id];
    if (node?.speaker === 'voicemail' && node.reply && node.reply.limitSeconds === undefined) {
      problems.push({
        path: ['nodes', id, 'reply'],
        message: `the voicemail at "${id}" needs "limitSeconds" for the message`,
      });
    }
  }
  // Lines that name a placeholder that does not exist cannot be said (the rest are warnings).
  for (const c of checkLines(scenario)) {
    if (c.level === 'problem') problems.push({ path: c.path, message: c.message });
  }
  return problems;
}

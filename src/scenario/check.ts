import { RESERVED_NODE_IDS } from './campaignMachine.ts';
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

function reachableFrom(scenario: Scenario, starts: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = starts.filter((s) => s in scenario.nodes);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of edgesOf(scenario, id)) {
      if (edge.to in scenario.nodes && !seen.has(edge.to)) queue.push(edge.to);
    }
  }
  return seen;
}

/** Finds the mistakes a schema cannot see: bad targets, unreachable nodes, dead ends, loops. */
export function checkScenario(scenario: Scenario): PathProblem[] {
  const problems: PathProblem[] = [];
  const ids = Object.keys(scenario.nodes);
  const known = new Set(ids);

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
    for (const edge of edgesOf(scenario, id)) {
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

  const reachable = reachableFrom(
    scenario,
    rules.map((r) => r.goto),
  );
  for (const id of ids) {
    if (!reachable.has(id)) {
      problems.push({
        path: ['nodes', id],
        atKey: true,
        message: `node "${id}" can never be reached`,
      });
    }
  }

  // A dead end is a node from which no call can end.
  const canEnd = new Set(ids.filter((id) => scenario.nodes[id]?.end !== undefined));
  let grew = true;
  while (grew) {
    grew = false;
    for (const id of ids) {
      if (canEnd.has(id)) continue;
      if (edgesOf(scenario, id).some((e) => canEnd.has(e.to))) {
        canEnd.add(id);
        grew = true;
      }
    }
  }
  for (const id of ids) {
    if (reachable.has(id) && !canEnd.has(id)) {
      problems.push({
        path: ['nodes', id],
        atKey: true,
        message: `dead end: no call that reaches "${id}" can ever finish (no path to a node with "end")`,
      });
    }
  }

  // Nodes that only "goto" must not form a loop: the call would spin without the caller.
  for (const id of ids) {
    const seen = new Set<string>();
    let current: string | undefined = id;
    while (current && scenario.nodes[current]?.goto !== undefined) {
      if (seen.has(current)) {
        if (current === id) {
          problems.push({
            path: ['nodes', id, 'goto'],
            message: `"${id}" loops back to itself through goto only; give the caller a turn in between`,
          });
        }
        break;
      }
      seen.add(current);
      current = scenario.nodes[current]?.goto;
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
  return problems;
}

import { classifyIntents } from '../scoring/reading.ts';
import type { Reached } from '../scoring/vocabulary.ts';
import { matchesAnswerCondition } from './campaignContext.ts';
import type { CampaignContext } from './campaignTypes.ts';
import { heardAt } from './heardAt.ts';
import { lineAt, settingOf } from './lineMoment.ts';
import { listenersOf } from './listeners.ts';
import { routeTaken } from './routeRule.ts';
import { DIAL_NODE } from './scenarioGraph.ts';
import type { Scenario } from './schema.ts';
import { calendarOf } from './timetable.ts';

/** One call's way through the map: the nodes it passed and the edges (graph edge ids) it took. */
export interface CallPath {
  /** 1 for the first call. */
  attempt: number;
  nodes: string[];
  edges: string[];
}

/**
 * The way each call of a campaign went, read from what the campaign recorded (the nodes each
 * attempt visited, the caller's lines with their choice or intents), as edges of `scenarioGraph`.
 */
export function campaignPaths(scenario: Scenario, context: CampaignContext): CallPath[] {
  const calendar = calendarOf(scenario);
  return context.attempts.map((attempt, i) => {
    const visited = attempt.visited;
    const first = visited[0];
    if (first === undefined) return { attempt: i + 1, nodes: [], edges: [] };
    // The rule that picked who answered, judged at the dial (before this call's outcome).
    const atDial: CampaignContext = {
      ...context,
      attempts: context.attempts
        .slice(0, i + 1)
        .map((a, j) => (j === i ? { ...a, outcome: undefined } : a)),
    };
    const rules = scenario.campaign.answer;
    let rule = rules.findIndex((r) => matchesAnswerCondition(r.when, atDial, calendar));
    if (rules[rule]?.goto !== first) rule = rules.findIndex((r) => r.goto === first);
    const edges = rule >= 0 ? [`answer:${rule}`] : [];
    const lines = attempt.turns.filter((t) => t.speaker === 'me');
    let next = 0;
    for (let k = 0; k + 1 < visited.length; k++) {
      const from = visited[k] as string;
      const to = visited[k + 1] as string;
      const node = scenario.nodes[from];
      let edge: string | undefined;
      if (node?.goto !== undefined) {
        edge = node.goto === to ? `${from}:goto` : undefined;
      } else if (node?.reply && lines[next]?.nodeId === from) {
        const line = lines[next++];
        const reply = node.reply;
        if (line?.choice !== undefined) {
          edge =
            reply.choices[line.choice]?.goto === to ? `${from}:choice:${line.choice}` : undefined;
        } else {
          const route = routeTaken(reply.routes, line?.intents ?? []);
          const key = route >= 0 ? `${from}:route:${route}` : `${from}:otherwise`;
          const target = route >= 0 ? reply.routes[route]?.goto : reply.otherwise;
          edge = target === to ? key : undefined;
        }
      }
      if (edge) edges.push(edge);
    }
    return { attempt: i + 1, nodes: [DIAL_NODE, ...visited], edges };
  });
}

/**
 * Where the model line of each node the learner spoke at would have led: node id to the edge
 * (graph edge id) its reading takes. The line is read as a typed one would be on that call: by
 * the classifier, knowing who heard it, the caller's name and whom they are calling. (Only the
 * debrief's map, an on-demand chunk, imports this module, so the classifier stays out of the
 * first load.)
 */
export function modelEdges(scenario: Scenario, context: CampaignContext): Map<string, string> {
  const edges = new Map<string, string>();
  const setting = settingOf(scenario);
  const listeners = listenersOf(scenario);
  const read = (text: string, reached: Reached | undefined) =>
    classifyIntents(text, reached, context.caller, listeners);
  context.attempts.forEach((attempt, index) => {
    for (const t of attempt.turns) {
      if (t.speaker !== 'me' || edges.has(t.nodeId)) continue;
      const node = scenario.nodes[t.nodeId];
      const reply = node?.reply;
      if (!node || !reply || reply.model === undefined) continue;
      const intents = read(lineAt(context, index, setting, reply.model), heardAt(node));
      const route = routeTaken(reply.routes, intents);
      edges.set(t.nodeId, route >= 0 ? `${t.nodeId}:route:${route}` : `${t.nodeId}:otherwise`);
    }
  });
  return edges;
}

import { weekdayName } from '../scoring/calendar.ts';
import { nodeReach } from './check.ts';
import type { AnswerCondition, Outcome, Scenario, Speaker } from './schema.ts';

// The scenario as a graph for its map: no layout, no drawing (those are in src/ui/map/).

/** The id of the map's entry point: the phone ringing, before an answer rule picks who answers. */
export const DIAL_NODE = '#dial';

/** How the call moves along an edge. */
export type EdgeKind = 'answer' | 'choice' | 'route' | 'otherwise' | 'goto';

export interface GraphNode {
  /** The scenario's node name, or `DIAL_NODE`. */
  id: string;
  kind: 'dial' | 'line';
  speaker?: Speaker;
  says?: string;
  /** Set on endings: the call is over with this outcome. */
  end?: Outcome;
  /** Flagged by `checkScenario`'s reach: no answer rule or step leads here. */
  unreachable: boolean;
  /** Flagged by `checkScenario`'s reach: reached, but no call from here can end. */
  deadEnd: boolean;
}

export interface GraphEdge {
  /** Same keys as the model paths' coverage: `answer:0`, `reception:choice:1`, `x:route:0`, `x:otherwise`, `x:goto`. */
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  /** Short, for the drawing: "1" (a choice's number), "pressure" (a route's intents), "otherwise". */
  label: string;
  /** In words, for the list: the rule's conditions, the choice's line, the route's intents. */
  detail: string;
}

export interface ScenarioGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Who speaks, in words (the map labels every node with it, never with colour alone). */
export const SPEAKER_LABELS: Record<Speaker, string> = {
  receptionist: 'Receptionist',
  voicemail: 'Voicemail',
  interviewer: 'Interviewer',
  narrator: 'Narrator',
};

/** What an ending comes to, in a few words. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  got_update: 'Got an update',
  position_filled: 'Position filled',
  call_back: 'Call back later',
  message_left: 'Message left',
  no_answer: 'No answer',
  cut_short: 'Cut short',
};

function range(r: { min?: number | undefined; max?: number | undefined }, what: string): string {
  if (r.min !== undefined && r.max !== undefined) {
    return r.min === r.max ? `${what} ${r.min}` : `${what} ${r.min}–${r.max}`;
  }
  if (r.min !== undefined) return `${what} ${r.min} or more`;
  if (r.max !== undefined) return `${what} ${r.max} or less`;
  return `any ${what}`;
}

/** An answer rule's conditions in words: "day 0–1, outside office hours". */
export function describeCondition(when: AnswerCondition | undefined): string {
  if (!when) return 'every other call';
  const parts: string[] = [];
  if (when.days) parts.push(range(when.days, 'day'));
  if (when.hours) parts.push(when.hours === 'business' ? 'office hours' : 'outside office hours');
  if (when.attempt) parts.push(range(when.attempt, 'call'));
  if (when.voicemailsLeft) parts.push(range(when.voicemailsLeft, 'voicemails left:'));
  if (when.thankYouSent !== undefined) {
    parts.push(when.thankYouSent ? 'thank-you note sent' : 'no thank-you note');
  }
  if (when.weekdays) parts.push(`on ${when.weekdays.map(weekdayName).join(' or ')}`);
  if (when.closed !== undefined) parts.push(when.closed ? 'office closed' : 'office open');
  if (when.time) {
    const { from, to } = when.time;
    parts.push(
      from && to ? `${from}–${to}` : from ? `from ${from}` : to ? `before ${to}` : 'any time',
    );
  }
  return parts.length > 0 ? parts.join(', ') : 'every call';
}

const intentWords = (intents: readonly string[]) => intents.map((i) => i.replace(/_/g, ' '));

/** The scenario as nodes and edges: answer rules from the dial, then every step of the call. */
export function scenarioGraph(scenario: Scenario): ScenarioGraph {
  const reach = nodeReach(scenario);
  const ids = Object.keys(scenario.nodes);
  const known = new Set(ids);
  const nodes: GraphNode[] = [{ id: DIAL_NODE, kind: 'dial', unreachable: false, deadEnd: false }];
  const edges: GraphEdge[] = [];
  // An edge to a node that does not exist is the loader's problem to report; the map leaves it out.
  const add = (edge: GraphEdge) => {
    if (known.has(edge.to)) edges.push(edge);
  };
  scenario.campaign.answer.forEach((rule, i) => {
    add({
      id: `answer:${i}`,
      from: DIAL_NODE,
      to: rule.goto,
      kind: 'answer',
      label: `rule ${i + 1}`,
      detail: `Answer rule ${i + 1}: ${describeCondition(rule.when)}`,
    });
  });
  for (const id of ids) {
    const node = scenario.nodes[id];
    if (!node) continue;
    nodes.push({
      id,
      kind: 'line',
      speaker: node.speaker,
      ...(node.says === undefined ? {} : { says: node.says }),
      ...(node.end === undefined ? {} : { end: node.end }),
      unreachable: reach.unreachable.has(id),
      deadEnd: reach.deadEnds.has(id),
    });
    if (node.goto) {
      add({ id: `${id}:goto`, from: id, to: node.goto, kind: 'goto', label: '', detail: 'Then' });
    }
    if (!node.reply) continue;
    node.reply.choices.forEach((c, i) => {
      add({
        id: `${id}:choice:${i}`,
        from: id,
        to: c.goto,
        kind: 'choice',
        label: String(i + 1),
        detail: `Choice ${i + 1}: “${c.say}”`,
      });
    });
    node.reply.routes.forEach((r, i) => {
      const words = intentWords(r.when);
      add({
        id: `${id}:route:${i}`,
        from: id,
        to: r.goto,
        kind: 'route',
        label: words.join(' + '),
        detail: `Own words with ${words.join(' and ')}`,
      });
    });
    add({
      id: `${id}:otherwise`,
      from: id,
      to: node.reply.otherwise,
      kind: 'otherwise',
      label: 'otherwise',
      detail: 'Own words that match no route',
    });
  }
  return { nodes, edges };
}

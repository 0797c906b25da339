import { getAdjacencyMap } from 'xstate/graph';
import { callerTurnsThisCall, matchesAnswerCondition, voicemailsLeft } from './campaignContext.ts';
import type { CampaignMachine } from './campaignMachine.ts';
import type { CampaignContext, CampaignEvent } from './campaignTypes.ts';
import { isBusinessHours } from './moment.ts';
import type { Scenario } from './schema.ts';
import { whereIs } from './walkthrough.ts';

type Snapshot = ReturnType<CampaignMachine['resolveState']>;

/** Days worth trying: each side of every boundary the scenario's answer rules use. */
export function representativeDays(scenario: Scenario): number[] {
  const days = new Set<number>([0, 2, 3, 7, 14]);
  for (const rule of scenario.campaign.answer) {
    const range = rule.when?.days;
    for (const edge of [range?.min, range?.max]) {
      if (edge === undefined) continue;
      for (const d of [edge - 1, edge, edge + 1]) if (d >= 0) days.add(d);
    }
  }
  return [...days].sort((a, b) => a - b);
}

const TIMES = ['10:30', '21:00'];

/** The events worth trying in a snapshot, so that generated paths cover every branch. */
export function eventsFor(scenario: Scenario, snapshot: Snapshot): CampaignEvent[] {
  const where = whereIs(snapshot.value);
  const context = snapshot.context;
  const last = context.attempts[context.attempts.length - 1];
  const dials: CampaignEvent[] = representativeDays(scenario)
    .filter((day) => !last || day > last.day)
    .flatMap((day) => TIMES.map((time) => ({ type: 'plan.dial' as const, day, time })));
  const possible = (events: CampaignEvent[]) => events.filter((e) => snapshot.can(e));
  if (where === 'planning') return possible([{ type: 'plan.thankYou' }, ...dials]);
  if (where === 'betweenAttempts') {
    return possible([...dials, { type: 'campaign.wait' }, { type: 'campaign.moveOn' }]);
  }
  const reply = scenario.nodes[where]?.reply;
  if (!reply) return [];
  return possible([
    ...reply.choices.map((_, index) => ({ type: 'caller.chose' as const, index })),
    ...reply.routes.map((route) => ({
      type: 'caller.said' as const,
      text: `(a line carrying ${route.when.join(' + ')})`,
      intents: route.when,
    })),
    { type: 'caller.said', text: '(a line the scenario cannot place)', intents: [] },
    { type: 'caller.hungUp' },
  ]);
}

/** The facts the machine's guards read; snapshots equal in these behave the same. */
export function serializeForPaths(snapshot: Snapshot, scenario: Scenario): string {
  const context: CampaignContext = snapshot.context;
  const last = context.attempts[context.attempts.length - 1];
  const buckets = scenario.campaign.answer.map((r) =>
    last && r.when?.days
      ? Number(last.day >= (r.when.days.min ?? 0) && last.day <= (r.when.days.max ?? Infinity))
      : 0,
  );
  return JSON.stringify([
    snapshot.value,
    context.thankYouSent,
    context.attempts.length,
    voicemailsLeft(context),
    callerTurnsThisCall(context),
    last ? isBusinessHours(last.time) : null,
    buckets,
    last?.outcome ?? null,
    context.closing ?? null,
  ]);
}

export interface ModelGraph {
  /** Number of distinct situations reached. */
  states: number;
  /** Every (snapshot, event, next snapshot) step. */
  edges: { from: Snapshot; event: CampaignEvent; to: Snapshot }[];
}

/** Explores every situation a scenario's machine can reach with the representative events. */
export function exploreScenario(scenario: Scenario, machine: CampaignMachine): ModelGraph {
  const map = getAdjacencyMap(machine, {
    events: (snapshot) => eventsFor(scenario, snapshot as Snapshot),
    serializeState: (snapshot) => serializeForPaths(snapshot as Snapshot, scenario),
  });
  const edges: ModelGraph['edges'] = [];
  for (const value of Object.values(map)) {
    for (const t of Object.values(value.transitions) as { event: unknown; state: unknown }[]) {
      edges.push({
        from: value.state as Snapshot,
        event: t.event as CampaignEvent,
        to: t.state as Snapshot,
      });
    }
  }
  return { states: Object.keys(map).length, edges };
}

/** Names every transition a scenario defines, so coverage can be checked against it. */
export function transitionKeys(scenario: Scenario): string[] {
  const keys = [
    'planning:thankYou',
    'planning:dial',
    'betweenAttempts:wait',
    'betweenAttempts:moveOn',
  ];
  if (scenario.campaign.maxAttempts > 1) keys.push('betweenAttempts:dial');
  for (let i = 0; i < scenario.campaign.answer.length; i++) keys.push(`answer:${i}`);
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.goto) keys.push(`${id}:goto`);
    if (node.end) keys.push(`${id}:end`);
    if (node.reply) {
      for (let i = 0; i < node.reply.choices.length; i++) keys.push(`${id}:choice:${i}`);
      for (let i = 0; i < node.reply.routes.length; i++) keys.push(`${id}:route:${i}`);
      keys.push(`${id}:otherwise`, `${id}:hangUp`);
    }
  }
  return keys;
}

/** The transition keys that the explored steps take. */
export function coveredKeys(scenario: Scenario, graph: ModelGraph): Set<string> {
  const covered = new Set<string>();
  for (const { from, event, to } of graph.edges) {
    const where = whereIs(from.value);
    const attempt = to.context.attempts[to.context.attempts.length - 1];
    if (event.type === 'plan.thankYou') covered.add('planning:thankYou');
    else if (event.type === 'plan.dial') {
      covered.add(`${where}:dial`);
      const atDial: CampaignContext = {
        ...to.context,
        attempts: to.context.attempts.map((a, i, all) =>
          i === all.length - 1 ? { ...a, outcome: undefined } : a,
        ),
      };
      const index = scenario.campaign.answer.findIndex((r) =>
        matchesAnswerCondition(r.when, atDial),
      );
      if (index >= 0) covered.add(`answer:${index}`);
    } else if (event.type === 'campaign.wait') covered.add('betweenAttempts:wait');
    else if (event.type === 'campaign.moveOn') covered.add('betweenAttempts:moveOn');
    else if (event.type === 'caller.hungUp') covered.add(`${where}:hangUp`);
    else if (event.type === 'caller.chose') covered.add(`${where}:choice:${event.index}`);
    else if (event.type === 'caller.said') {
      const routes = scenario.nodes[where]?.reply?.routes ?? [];
      const index = routes.findIndex((r) => r.when.every((i) => event.intents.includes(i)));
      covered.add(index >= 0 ? `${where}:route:${index}` : `${where}:otherwise`);
    }
    // Automatic steps (goto, end) run inside the event's microsteps: credit the nodes passed.
    if (event.type !== 'caller.hungUp') {
      for (const nodeId of attempt?.visited ?? []) {
        const node = scenario.nodes[nodeId];
        if (node?.goto) covered.add(`${nodeId}:goto`);
        if (node?.end && attempt?.outcome === node.end) covered.add(`${nodeId}:end`);
      }
    }
  }
  return covered;
}

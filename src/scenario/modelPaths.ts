import { createActor } from 'xstate';
import { callerTurnsThisCall, matchesAnswerCondition, voicemailsLeft } from './campaignContext.ts';
import type { CampaignMachine } from './campaignMachine.ts';
import type { CampaignContext, CampaignEvent } from './campaignTypes.ts';
import { isBusinessHours } from './moment.ts';
import type { Scenario } from './schema.ts';
import { calendarOf } from './timetable.ts';

// The calendar is read on every explored step: made once per scenario.
const calendars = new WeakMap<Scenario, ReturnType<typeof calendarOf>>();
function calendarFor(scenario: Scenario): ReturnType<typeof calendarOf> {
  let calendar = calendars.get(scenario);
  if (!calendar) {
    calendar = calendarOf(scenario);
    calendars.set(scenario, calendar);
  }
  return calendar;
}

import { whereIs } from './walkthrough.ts';

type Snapshot = ReturnType<CampaignMachine['resolveState']>;

/** Days worth trying: each side of every boundary the scenario's answer rules use. */
export function representativeDays(scenario: Scenario): number[] {
  const days = new Set<number>([0, 2, 3, 7, 14]);
  for (const rule of scenario.campaign.answer) {
    // Rules by weekday or closed day: every day of one week, so each weekday is tried.
    if (rule.when?.weekdays || rule.when?.closed !== undefined) {
      for (let d = 2; d <= 8; d++) days.add(d);
    }
    const range = rule.when?.days;
    for (const edge of [range?.min, range?.max]) {
      if (edge === undefined) continue;
      for (const d of [edge - 1, edge, edge + 1]) if (d >= 0) days.add(d);
    }
  }
  return [...days].sort((a, b) => a - b);
}

const TIMES = ['10:30', '21:00'];

/** Times worth trying: a working morning and a night, and the edges of the rules' time windows. */
export function representativeTimes(scenario: Scenario): string[] {
  const times = new Set(TIMES);
  for (const rule of scenario.campaign.answer) {
    for (const t of [rule.when?.time?.from, rule.when?.time?.to]) if (t) times.add(t);
  }
  return [...times].sort();
}

/** The events worth trying in a snapshot, so that generated paths cover every branch. */
export function eventsFor(scenario: Scenario, snapshot: Snapshot): CampaignEvent[] {
  const where = whereIs(snapshot.value);
  const context = snapshot.context;
  const last = context.attempts[context.attempts.length - 1];
  const dials: CampaignEvent[] = representativeDays(scenario)
    .filter((day) => !last || day > last.day)
    .flatMap((day) =>
      representativeTimes(scenario).map((time) => ({ type: 'plan.dial' as const, day, time })),
    );
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
  // Which answer rules the last dial's day and time meet (weekday, closed day, time window).
  const calendar = calendarFor(scenario);
  const buckets = scenario.campaign.answer.map((r) => {
    if (!last || !r.when) return 0;
    const { days, weekdays, closed, time } = r.when;
    return Number(
      matchesAnswerCondition(
        {
          ...(days ? { days } : {}),
          ...(weekdays ? { weekdays } : {}),
          ...(closed === undefined ? {} : { closed }),
          ...(time ? { time } : {}),
        },
        context,
        calendar,
      ),
    );
  });
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

/** One explored step between situations (indices into `ModelGraph.situations`). */
export interface ModelStep {
  from: number;
  event: CampaignEvent;
  to: number;
}

export interface ModelGraph {
  /** Number of distinct situations reached. */
  states: number;
  /** Where each situation is (a node id, or planning / betweenAttempts / debrief). */
  situations: string[];
  /** Every (situation, event, next situation) step, snapshots left out to keep it small. */
  steps: ModelStep[];
  /** The transition keys (see `transitionKeys`) the steps take. */
  covered: Set<string>;
  /** The scenario nodes some step passes through. */
  reached: Set<string>;
}

type ActorScope = Parameters<CampaignMachine['transition']>[2];

/** One inert scope for every step: xstate's `transition()` would build an actor per call. */
function inertScope(machine: CampaignMachine): ActorScope {
  const self = createActor(machine);
  const scope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor: () => {},
  };
  // The shape xstate's own inert scope has; its type is internal to xstate.
  return scope as unknown as ActorScope;
}

/**
 * Explores every situation a scenario's machine can reach with the representative events,
 * noting per step what it covers instead of keeping snapshots, so memory per step stays flat
 * however large the scenario is; so does time, as the machine keeps its node states in groups
 * (see NODE_GROUP_SIZE in campaignMachine.ts).
 */
export function exploreScenario(scenario: Scenario, machine: CampaignMachine): ModelGraph {
  const scope = inertScope(machine);
  const ids = new Map<string, number>();
  const situations: string[] = [];
  const steps: ModelStep[] = [];
  const covered = new Set<string>();
  const reached = new Set<string>();
  // Breadth first, as xstate/graph's adjacency map: each situation is represented by the
  // first snapshot found for it. A snapshot is dropped as soon as its events are tried.
  const queue: (Snapshot | undefined)[] = [];
  const idOf = (snapshot: Snapshot): number => {
    const key = serializeForPaths(snapshot, scenario);
    let id = ids.get(key);
    if (id === undefined) {
      id = situations.length;
      ids.set(key, id);
      situations.push(whereIs(snapshot.value));
      queue.push(snapshot);
    }
    return id;
  };
  idOf(machine.getInitialSnapshot(scope) as Snapshot);
  // An index, not queue.shift(): shifting a long array costs its length each time.
  for (let from = 0; from < queue.length; from++) {
    const snapshot = queue[from] as Snapshot;
    queue[from] = undefined;
    const where = whereIs(snapshot.value);
    const tried = new Set<string>();
    for (const event of eventsFor(scenario, snapshot)) {
      const eventKey = JSON.stringify(event);
      if (tried.has(eventKey)) continue;
      tried.add(eventKey);
      const next = machine.transition(snapshot, event, scope) as Snapshot;
      steps.push({ from, event, to: idOf(next) });
      for (const key of stepKeys(scenario, where, event, next)) covered.add(key);
      const attempt = next.context.attempts[next.context.attempts.length - 1];
      for (const nodeId of attempt?.visited ?? []) reached.add(nodeId);
    }
  }
  return { states: situations.length, situations, steps, covered, reached };
}

/** Most steps on any explored path from the start; Infinity when some path can go on forever. */
export function longestPath(graph: ModelGraph): number {
  const next: number[][] = graph.situations.map(() => []);
  for (const { from, to } of graph.steps) next[from]?.push(to);
  // Iterative depth-first search (no recursion limit): 1 = on the current path, 2 = done.
  const mark = new Uint8Array(graph.states);
  const depth = new Float64Array(graph.states);
  const stack: { id: number; child: number }[] = graph.states > 0 ? [{ id: 0, child: 0 }] : [];
  if (graph.states > 0) mark[0] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { id: number; child: number };
    const children = next[top.id] ?? [];
    if (top.child < children.length) {
      const child = children[top.child++] as number;
      if (mark[child] === 1) return Number.POSITIVE_INFINITY;
      if (mark[child] === 0) {
        mark[child] = 1;
        stack.push({ id: child, child: 0 });
      }
      continue;
    }
    let best = 0;
    for (const child of children) best = Math.max(best, 1 + (depth[child] ?? 0));
    depth[top.id] = best;
    mark[top.id] = 2;
    stack.pop();
  }
  return depth[0] ?? 0;
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

/** The transition keys one step takes: from a situation at `where`, by `event`, to `to`. */
function stepKeys(scenario: Scenario, where: string, event: CampaignEvent, to: Snapshot): string[] {
  const keys: string[] = [];
  const attempt = to.context.attempts[to.context.attempts.length - 1];
  if (event.type === 'plan.thankYou') keys.push('planning:thankYou');
  else if (event.type === 'plan.dial') {
    keys.push(`${where}:dial`);
    const atDial: CampaignContext = {
      ...to.context,
      attempts: to.context.attempts.map((a, i, all) =>
        i === all.length - 1 ? { ...a, outcome: undefined } : a,
      ),
    };
    const calendar = calendarFor(scenario);
    const index = scenario.campaign.answer.findIndex((r) =>
      matchesAnswerCondition(r.when, atDial, calendar),
    );
    if (index >= 0) keys.push(`answer:${index}`);
  } else if (event.type === 'campaign.wait') keys.push('betweenAttempts:wait');
  else if (event.type === 'campaign.moveOn') keys.push('betweenAttempts:moveOn');
  else if (event.type === 'caller.hungUp') keys.push(`${where}:hangUp`);
  else if (event.type === 'caller.chose') keys.push(`${where}:choice:${event.index}`);
  else if (event.type === 'caller.said') {
    const routes = scenario.nodes[where]?.reply?.routes ?? [];
    const index = routes.findIndex((r) => r.when.every((i) => event.intents.includes(i)));
    keys.push(index >= 0 ? `${where}:route:${index}` : `${where}:otherwise`);
  }
  // Automatic steps (goto, end) run inside the event's microsteps: credit the nodes passed.
  if (event.type !== 'caller.hungUp') {
    for (const nodeId of attempt?.visited ?? []) {
      const node = scenario.nodes[nodeId];
      if (node?.goto) keys.push(`${nodeId}:goto`);
      if (node?.end && attempt?.outcome === node.end) keys.push(`${nodeId}:end`);
    }
  }
  return keys;
}

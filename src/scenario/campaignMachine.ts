import { assign, setup } from 'xstate';
import type { Calendar } from '../scoring/calendar.ts';
import type { Intent } from '../scoring/vocabulary.ts';
import {
  appendLine,
  callerTurnsThisCall,
  currentAttempt,
  matchesAnswerCondition,
  updateCurrentAttempt,
} from './campaignContext.ts';
import {
  type AttemptOutcome,
  CALLER_NAME_MAX,
  type CampaignContext,
  type CampaignEvent,
  MAX_CALLER_TURNS,
} from './campaignTypes.ts';
import { type LineSetting, lineNow, settingOf } from './lineMoment.ts';
import { isLaterMoment } from './moment.ts';
import { routeMatches } from './routeRule.ts';
import type { AnswerCondition, Scenario, ScenarioNode, Speaker } from './schema.ts';

/** States of the call that are not scenario nodes; node ids may not use them. */
export const RESERVED_NODE_IDS = ['ringing', 'callEnded'] as const;

/**
 * At most this many scenario nodes, or groups of them, side by side in one state.
 * XState looks through every child of each state it leaves (for history states, which this
 * machine has none of), so with every node a child of `call` each call end would cost the
 * number of nodes: a choice that ended the call cost 17 times as much at 4,000 nodes as at
 * 50 (`npx tsx bench/scenarios.bench.ts`). A scenario with more nodes has them in groups of
 * this many (and, past 4,096 nodes, the groups in groups), so leaving a call looks at no more
 * than this many states per level. 64 keeps every scenario up to 4,096 nodes at one level,
 * where a choice inside the call costs what it does in a small scenario (32 needed two levels
 * at 4,000 nodes and made those choices dearer).
 */
export const NODE_GROUP_SIZE = 64;

/**
 * The groups from `call` down to each node (empty while the scenario has no more nodes than
 * NODE_GROUP_SIZE). A group is named `G<level>_<index>`: upper-case first, which no node id
 * can be (see the schema's id pattern), so groups and nodes never clash.
 */
function nodeGroups(nodeIds: readonly string[]): Map<string, string[]> {
  let levels = 0;
  while (nodeIds.length > NODE_GROUP_SIZE ** (levels + 1)) levels += 1;
  const groups = new Map<string, string[]>();
  nodeIds.forEach((nodeId, index) => {
    const path: string[] = [];
    for (let level = levels; level >= 1; level--) {
      path.push(`G${level}_${Math.floor(index / NODE_GROUP_SIZE ** level)}`);
    }
    groups.set(nodeId, path);
  });
  return groups;
}

/**
 * What the campaign is doing in a call: the scenario node it is at, `ringing` or `callEnded`;
 * undefined outside a call. The one reader of how node states sit inside `call`.
 */
export function callStateOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || !('call' in value)) return undefined;
  let inner: unknown = (value as { call: unknown }).call;
  // Down through the node groups (one key each: a call is at one node at a time).
  while (inner && typeof inner === 'object') inner = Object.values(inner)[0];
  return typeof inner === 'string' ? inner : undefined;
}

/** The shared implementations; each scenario's machine names them by string. */
export const campaignSetup = setup({
  types: {
    context: {} as CampaignContext,
    events: {} as CampaignEvent,
  },
  guards: {
    isAnswerRule: ({ context }, params: { condition?: AnswerCondition; calendar: Calendar }) =>
      matchesAnswerCondition(params.condition, context, params.calendar),
    isValidDial: ({ context, event }, params: { maxAttempts: number }) =>
      event.type === 'plan.dial' &&
      context.attempts.length < params.maxAttempts &&
      isLaterMoment(event, currentAttempt(context)),
    isThankYouUnsent: ({ context }) => !context.thankYouSent && context.attempts.length === 0,
    isCallerName: ({ event }) =>
      event.type === 'plan.caller' &&
      event.name.trim().length > 0 &&
      event.name.trim().length <= CALLER_NAME_MAX,
    isChoice: ({ event }, params: { index: number }) =>
      event.type === 'caller.chose' && event.index === params.index,
    isRoute: ({ event }, params: { intents: Intent[] }) =>
      event.type === 'caller.said' && routeMatches(params.intents, event.intents),
    isFreeLine: ({ event }) => event.type === 'caller.said',
    isAtTurnLimit: ({ context }) => callerTurnsThisCall(context) >= MAX_CALLER_TURNS - 1,
  },
  actions: {
    sendThankYou: assign({ thankYouSent: true }),
    setCaller: assign({
      caller: ({ context, event }) =>
        event.type === 'plan.caller' ? event.name.trim().replace(/\s+/g, ' ') : context.caller,
    }),
    startAttempt: assign({
      attempts: ({ context, event }) =>
        event.type === 'plan.dial'
          ? [
              ...context.attempts,
              { day: event.day, time: event.time, reached: 'no_answer', turns: [], visited: [] },
            ]
          : context.attempts,
    }),
    visitNode: assign({
      attempts: ({ context }, params: { nodeId: string }) =>
        updateCurrentAttempt(context, (attempt) => ({
          ...attempt,
          visited: [...attempt.visited, params.nodeId],
        })),
    }),
    recordTheirLine: assign({
      attempts: (
        { context },
        params: { nodeId: string; speaker: Speaker; text: string; setting: LineSetting },
      ) =>
        appendLine(context, {
          speaker: 'them',
          role: params.speaker,
          text: lineNow(context, params.setting, params.text),
          nodeId: params.nodeId,
        }),
    }),
    recordCallerLine: assign({
      attempts: (
        { context, event },
        params: {
          nodeId: string;
          choices: { say: string; intents: Intent[] }[];
          setting: LineSetting;
        },
      ) => {
        if (event.type === 'caller.chose') {
          const choice = params.choices[event.index];
          if (!choice) return context.attempts;
          return appendLine(context, {
            speaker: 'me',
            role: 'caller',
            text: lineNow(context, params.setting, choice.say),
            intents: choice.intents,
            nodeId: params.nodeId,
            choice: event.index,
            ...(event.seconds === undefined ? {} : { seconds: event.seconds }),
            ...(event.room === undefined ? {} : { room: { counts: [...event.room.counts] } }),
          });
        }
        if (event.type === 'caller.said') {
          return appendLine(context, {
            speaker: 'me',
            role: 'caller',
            text: event.text,
            intents: event.intents,
            nodeId: params.nodeId,
            ...(event.seconds === undefined ? {} : { seconds: event.seconds }),
          });
        }
        return context.attempts;
      },
    }),
    endAttempt: assign({
      attempts: ({ context }, params: { outcome: AttemptOutcome }) =>
        updateCurrentAttempt(context, (attempt) =>
          attempt.outcome ? attempt : { ...attempt, outcome: params.outcome },
        ),
    }),
    closeCampaign: assign({
      closing: (_, params: { closing: 'waited' | 'movedOn' }) => params.closing,
    }),
  },
});

type MachineConfig = Parameters<typeof campaignSetup.createMachine>[0];
type StateConfig = NonNullable<MachineConfig['states']>[string];

function enterNode(nodeId: string, node: ScenarioNode, setting: LineSetting): StateConfig['entry'] {
  const visit = { type: 'visitNode', params: { nodeId } } as const;
  if (node.says === undefined) return [visit];
  return [
    visit,
    {
      type: 'recordTheirLine',
      params: { nodeId, speaker: node.speaker, text: node.says, setting },
    },
  ];
}

/** Where a transition goes: a node or `callEnded`, by its full path (nodes sit in groups). */
type Targets = (nodeId: string) => string;

function nodeState(
  nodeId: string,
  node: ScenarioNode,
  setting: LineSetting,
  target: Targets,
): StateConfig {
  const entry = enterNode(nodeId, node, setting);
  if (node.end) {
    return {
      entry,
      always: {
        target: target('callEnded'),
        actions: { type: 'endAttempt', params: { outcome: node.end } },
      },
    };
  }
  if (node.goto) return { entry, always: { target: target(node.goto) } };
  const reply = node.reply;
  if (!reply) return { entry };
  const record = {
    type: 'recordCallerLine',
    params: {
      nodeId,
      choices: reply.choices.map((c) => ({ say: c.say, intents: c.intents })),
      setting,
    },
  } as const;
  const wrapUp = {
    guard: 'isAtTurnLimit',
    target: target('callEnded'),
    actions: [record, { type: 'endAttempt', params: { outcome: 'turn_limit' } }],
  } as const;
  return {
    entry,
    on: {
      'caller.chose': [
        wrapUp,
        ...reply.choices.map((choice, index) => ({
          guard: { type: 'isChoice', params: { index } } as const,
          target: target(choice.goto),
          actions: record,
        })),
      ],
      'caller.said': [
        wrapUp,
        ...reply.routes.map((route) => ({
          guard: { type: 'isRoute', params: { intents: route.when } } as const,
          target: target(route.goto),
          actions: record,
        })),
        { target: target(reply.otherwise), actions: record },
      ],
    },
  };
}

/** Options of one campaign: who the learner plays (their own name, kept on their device). */
export interface CampaignOptions {
  caller?: string;
}

/** Builds the XState machine of a whole follow-up campaign for one validated scenario. */
export function createCampaignMachine(scenario: Scenario, options: CampaignOptions = {}) {
  const setting = settingOf(scenario);
  const { calendar } = setting;
  const caller = options.caller?.trim() || scenario.setting.callerName;
  const maxAttempts = scenario.campaign.maxAttempts;
  const dial = {
    guard: { type: 'isValidDial', params: { maxAttempts } },
    target: 'call',
    actions: 'startAttempt',
  } as const;
  const groups = nodeGroups(Object.keys(scenario.nodes));
  // By id from the machine's root (a scenario id has no dots): a node in one group can go
  // to a node in another. A target that is no node (a mistake `checkScenario` reports)
  // stays a plain name, so XState refuses it as before.
  const target: Targets = (nodeId) => {
    if (nodeId === 'callEnded') return `#${scenario.id}.call.callEnded`;
    const path = groups.get(nodeId);
    return path ? `#${[scenario.id, 'call', ...path, nodeId].join('.')}` : nodeId;
  };
  const nodes: Record<string, StateConfig> = {};
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const path = groups.get(nodeId) ?? [];
    let states = nodes;
    path.forEach((group, level) => {
      // A group is only ever entered through a node in it; XState still wants an initial.
      states[group] ??= { initial: path[level + 1] ?? nodeId, states: {} };
      states = states[group].states as Record<string, StateConfig>;
    });
    states[nodeId] = nodeState(nodeId, node, setting, target);
  }
  return campaignSetup.createMachine({
    id: scenario.id,
    context: { scenarioId: scenario.id, thankYouSent: false, attempts: [], caller },
    initial: 'planning',
    states: {
      planning: {
        on: {
          'plan.thankYou': { guard: 'isThankYouUnsent', actions: 'sendThankYou' },
          'plan.caller': { guard: 'isCallerName', actions: 'setCaller' },
          'plan.dial': dial,
        },
      },
      call: {
        initial: 'ringing',
        on: {
          'caller.hungUp': {
            target: '.callEnded',
            actions: { type: 'endAttempt', params: { outcome: 'hung_up' } },
          },
        },
        states: {
          ringing: {
            always: scenario.campaign.answer.map((rule) => ({
              guard: {
                type: 'isAnswerRule',
                params: rule.when === undefined ? { calendar } : { condition: rule.when, calendar },
              } as const,
              target: target(rule.goto),
            })),
          },
          ...nodes,
          callEnded: { type: 'final' },
        },
        onDone: 'betweenAttempts',
      },
      betweenAttempts: {
        on: {
          'plan.dial': dial,
          'campaign.wait': {
            target: 'debrief',
            actions: { type: 'closeCampaign', params: { closing: 'waited' } },
          },
          'campaign.moveOn': {
            target: 'debrief',
            actions: { type: 'closeCampaign', params: { closing: 'movedOn' } },
          },
        },
      },
      debrief: { type: 'final' },
    },
  });
}

export type CampaignMachine = ReturnType<typeof createCampaignMachine>;

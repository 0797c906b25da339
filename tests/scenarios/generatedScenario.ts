// Scenarios of any size, made up for the size tests and benches (not a test file itself).

import { type Scenario, scenarioSchema } from '../../src/scenario/schema';
import type { Intent } from '../../src/scoring/vocabulary';

export type Shape = 'chain' | 'tree';

type NodeData = Record<string, unknown>;

const OUTCOMES = ['got_update', 'call_back', 'position_filled'] as const;
const LINES: { say: string; intents: Intent[] }[] = [
  { say: 'Hi, this is Sam Rivera. Is the role still open?', intents: ['identify', 'ask_status'] },
  { say: 'When do you expect to decide?', intents: ['ask_timeline'] },
  { say: 'Thanks, I am still very interested.', intents: ['thanks', 'express_interest'] },
  { say: 'Could I speak to Jo Park, please?', intents: ['ask_for_person'] },
];

/** A fresh copy each time: shared arrays would come out of `stringify` as YAML aliases. */
function line(i: number): { say: string; intents: Intent[] } {
  const { say, intents } = LINES[i % LINES.length] as (typeof LINES)[number];
  return { say, intents: [...intents] };
}

function replyNode(index: number, targets: string[], otherwise: string, exits: boolean): NodeData {
  return {
    speaker: index % 2 === 0 ? 'interviewer' : 'receptionist',
    says: `Line ${index}.`,
    reply: {
      choices: targets.map((goto, i) => ({ ...line(i), goto })),
      routes: exits ? [{ when: ['pressure'], goto: 'cut' }] : [],
      otherwise,
    },
  };
}

/**
 * Plain scenario data with exactly `size` nodes (at least 8).
 * - `chain`: one long line of caller turns and silent `goto` steps where only the last node
 *   ends the call: the worst case for a fixed-point dead-end check (every node is reachable
 *   and every node can finish, so the scenario is valid).
 * - `tree`: a four-way tree of caller turns at most six deep, so every node and transition
 *   is reachable within the turn limit (what model-based coverage must take), with leaves
 *   that end the call or pass through a silent step, a pressure route at each turn and a
 *   voicemail outside business hours.
 */
export function generatedScenarioData(size: number, shape: Shape): Record<string, unknown> {
  if (size < 8) throw new Error('a generated scenario has at least 8 nodes');
  const nodes: Record<string, NodeData> = {
    cut: { speaker: 'interviewer', says: 'I have to go.', end: 'cut_short' },
    machine: {
      speaker: 'voicemail',
      says: 'Leave a message.',
      reply: {
        limitSeconds: 30,
        choices: [{ say: 'Hi, Sam Rivera here.', intents: ['identify'], goto: 'saved' }],
        otherwise: 'saved',
      },
    },
    saved: { speaker: 'narrator', end: 'message_left' },
    wrap: { speaker: 'narrator', end: 'got_update' },
  };
  const count = size - Object.keys(nodes).length;
  const name = (i: number) => `n${i}`;
  for (let i = 0; i < count; i++) {
    if (shape === 'chain') {
      const next = name(i + 1);
      if (i === count - 1) nodes[name(i)] = { speaker: 'narrator', goto: 'wrap' };
      else if (i % 3 === 2)
        nodes[name(i)] = { speaker: 'narrator', says: `Step ${i}.`, goto: next };
      else nodes[name(i)] = replyNode(i, [next], next, i === 0);
      continue;
    }
    const children: string[] = [];
    for (let c = 4 * i + 1; c <= 4 * i + 4 && c < count; c++) children.push(name(c));
    const [first] = children;
    if (first !== undefined) nodes[name(i)] = replyNode(i, children, first, true);
    else if (i % 5 === 0)
      nodes[name(i)] = { speaker: 'narrator', says: 'One moment.', goto: 'wrap' };
    else nodes[name(i)] = { speaker: 'interviewer', says: 'Bye.', end: OUTCOMES[i % 3] };
  }
  return {
    version: 1,
    id: `generated-${shape}-${size}`,
    title: `Generated ${shape} of ${size} nodes`,
    summary: 'Made up for the size tests.',
    difficulty: 'medium',
    tips: ['T2'],
    setting: { company: 'Acme', role: 'Clerk', interviewer: 'Jo Park' },
    campaign: {
      maxAttempts: 3,
      answer: [{ when: { hours: 'outside' }, goto: 'machine' }, { goto: 'n0' }],
    },
    nodes,
  };
}

/** The generated scenario, validated by the schema (not yet checked). */
export function generatedScenario(size: number, shape: Shape): Scenario {
  return scenarioSchema.parse(generatedScenarioData(size, shape));
}

import { createActor } from 'xstate';
import { z } from 'zod';
import { gradeCall, isProblem } from '../scoring/index.ts';
import { DIMENSIONS } from '../scoring/types.ts';
import type { Reached } from '../scoring/vocabulary.ts';
import { callerSaid } from './callerEvents.ts';
import { toCallLog } from './callLog.ts';
import { type CampaignMachine, callStateOf, createCampaignMachine } from './campaignMachine.ts';
import type { CampaignEvent } from './campaignTypes.ts';
import { heardAt } from './heardAt.ts';
import { listenersOf } from './listeners.ts';
import { parseYamlFile, type ScenarioProblem } from './load.ts';
import { currentNodeId } from './replay.ts';
import { OUTCOMES, type Scenario } from './schema.ts';

const tip = z.enum(['T0', 'T1', 'T2', 'T3', 'T4']);
const findingPattern = z.object({ tip, dimension: z.enum(DIMENSIONS).optional() }).strict();
const bound = z.object({ min: z.number().optional(), max: z.number().optional() }).strict();

const step = z.union([
  z.enum(['thankYou', 'hangUp', 'wait', 'moveOn']),
  z
    .object({ dial: z.object({ day: z.number().int().min(0), time: z.string() }).strict() })
    .strict(),
  z.object({ choose: z.number().int().min(0) }).strict(),
  z.object({ say: z.string().min(1), seconds: z.number().positive().optional() }).strict(),
  z.object({ expect: z.string().min(1) }).strict(),
]);

export const walkthroughSchema = z
  .object({
    name: z.string().min(1),
    steps: z.array(step).min(1),
    outcomes: z.array(z.enum([...OUTCOMES, 'hung_up', 'turn_limit'])).optional(),
    findings: z
      .object({
        has: z.array(findingPattern).default([]),
        hasNot: z.array(findingPattern).default([]),
      })
      .strict()
      .optional(),
    overall: bound.optional(),
    scores: z.partialRecord(z.enum(DIMENSIONS), bound).optional(),
  })
  .strict();

export const walkthroughFileSchema = z
  .object({ scenario: z.string().min(1), walkthroughs: z.array(walkthroughSchema).min(1) })
  .strict();

export type Walkthrough = z.infer<typeof walkthroughSchema>;
export type WalkthroughStep = z.infer<typeof step>;
export type WalkthroughFile = z.infer<typeof walkthroughFileSchema>;

/** Where a campaign is: a scenario node id while in a call, else the campaign state. */
export function whereIs(value: unknown): string {
  if (typeof value === 'string') return value;
  return callStateOf(value) ?? JSON.stringify(value);
}

function eventOf(
  s: WalkthroughStep,
  heardBy: Reached | undefined,
  caller: string | undefined,
  listeners: readonly string[],
): CampaignEvent | undefined {
  if (s === 'thankYou') return { type: 'plan.thankYou' };
  if (s === 'hangUp') return { type: 'caller.hungUp' };
  if (s === 'wait') return { type: 'campaign.wait' };
  if (s === 'moveOn') return { type: 'campaign.moveOn' };
  if ('dial' in s) return { type: 'plan.dial', day: s.dial.day, time: s.dial.time };
  if ('choose' in s) return { type: 'caller.chose', index: s.choose };
  if ('say' in s) return callerSaid(s.say, s.seconds, heardBy, caller, listeners);
  return undefined;
}

function describeStep(s: WalkthroughStep): string {
  return typeof s === 'string' ? s : JSON.stringify(s);
}

function within(value: number, b: { min?: number; max?: number }): boolean {
  return (b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max);
}

/** Plays a walkthrough against a scenario; returns what did not happen as promised. */
export function runWalkthrough(
  scenario: Scenario,
  walkthrough: Walkthrough,
  machine: CampaignMachine = createCampaignMachine(scenario),
): string[] {
  const failures: string[] = [];
  const actor = createActor(machine).start();
  const listeners = listenersOf(scenario);
  walkthrough.steps.forEach((s, i) => {
    if (typeof s === 'object' && 'expect' in s) {
      const where = whereIs(actor.getSnapshot().value);
      if (where !== s.expect)
        failures.push(`step ${i + 1}: expected to be at "${s.expect}", but at "${where}"`);
      return;
    }
    const nodeId = currentNodeId(actor.getSnapshot());
    const event = eventOf(
      s,
      heardAt(nodeId === undefined ? undefined : scenario.nodes[nodeId]),
      actor.getSnapshot().context.caller,
      listeners,
    );
    if (!event) return;
    if (!actor.getSnapshot().can(event)) {
      failures.push(
        `step ${i + 1}: ${describeStep(s)} is not possible at "${whereIs(actor.getSnapshot().value)}"`,
      );
      return;
    }
    actor.send(event);
  });
  const context = actor.getSnapshot().context;
  actor.stop();
  if (walkthrough.outcomes) {
    const got = context.attempts.map((a) => a.outcome ?? 'unfinished');
    if (JSON.stringify(got) !== JSON.stringify(walkthrough.outcomes)) {
      failures.push(`outcomes: expected ${walkthrough.outcomes.join(', ')}, got ${got.join(', ')}`);
    }
  }
  const card = gradeCall(toCallLog(context, scenario));
  for (const pattern of walkthrough.findings?.has ?? []) {
    const found = card.findings.some(
      (f) =>
        isProblem(f) &&
        f.tip === pattern.tip &&
        (!pattern.dimension || f.dimension === pattern.dimension),
    );
    if (!found)
      failures.push(
        `expected a finding on ${pattern.tip}${pattern.dimension ? ` (${pattern.dimension})` : ''}`,
      );
  }
  for (const pattern of walkthrough.findings?.hasNot ?? []) {
    const found = card.findings.find(
      (f) =>
        isProblem(f) &&
        f.tip === pattern.tip &&
        (!pattern.dimension || f.dimension === pattern.dimension),
    );
    if (found) failures.push(`expected no finding on ${pattern.tip}, got: ${found.message}`);
  }
  if (walkthrough.overall && !within(card.overall, walkthrough.overall)) {
    failures.push(
      `overall score ${card.overall} is outside ${JSON.stringify(walkthrough.overall)}`,
    );
  }
  for (const [dimension, b] of Object.entries(walkthrough.scores ?? {})) {
    const score = card.dimensions[dimension as keyof typeof card.dimensions]?.score;
    if (b && score !== undefined && !within(score, b)) {
      failures.push(`${dimension} score ${score} is outside ${JSON.stringify(b)}`);
    }
  }
  return failures;
}

export type WalkthroughLoad =
  | { ok: true; file: WalkthroughFile }
  | { ok: false; problems: ScenarioProblem[] };

/** Parses a walkthrough file; every problem names its line and column. */
export function loadWalkthroughFile(text: string, name: string): WalkthroughLoad {
  const parsed = parseYamlFile(
    text,
    name,
    walkthroughFileSchema,
    'a walkthrough file (scenario, walkthroughs)',
  );
  return parsed.ok ? { ok: true, file: parsed.data } : parsed;
}

import { z } from 'zod';
import { INTENTS } from '../scoring/vocabulary.ts';

/** The scenario file format version this build reads. */
export const SCENARIO_VERSION = 1;

const id = z
  .string()
  .regex(
    /^[a-z][a-zA-Z0-9_-]*$/,
    'must start with a lower-case letter and use only letters, digits, - or _',
  );

const intent = z.enum(INTENTS, {
  error: (issue) =>
    `unknown intent ${JSON.stringify(issue.input)}; use one of: ${INTENTS.join(', ')}`,
});

const range = z
  .object({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
  .strict();

/** Conditions on the moment of the call that decide who answers. */
export const answerCondition = z
  .object({
    days: range.optional().describe('whole days since the interview (interview day = 0)'),
    hours: z.enum(['business', 'outside']).optional().describe('business = 09:00–16:59'),
    attempt: range.optional().describe('1 for the first call, 2 for the second…'),
    voicemailsLeft: range.optional(),
    thankYouSent: z.boolean().optional(),
  })
  .strict();

export const answerRule = z
  .object({ when: answerCondition.optional(), goto: id })
  .strict()
  .describe('the first rule whose conditions all hold picks the node that answers');

export const choice = z
  .object({
    say: z.string().min(1),
    intents: z.array(intent).default([]),
    goto: id,
    /** Optional author's note shown in the debrief. */
    note: z.string().optional(),
  })
  .strict();

export const route = z
  .object({
    when: z.array(intent).min(1).describe('all of these intents must be in the line'),
    goto: id,
  })
  .strict();

export const reply = z
  .object({
    choices: z.array(choice),
    routes: z.array(route).default([]),
    otherwise: id.describe('where a free line goes when no route matches'),
    limitSeconds: z
      .number()
      .positive()
      .optional()
      .describe('voicemail: how long the message may be'),
    model: z.string().optional().describe('a model line for this turn, shown in the debrief'),
  })
  .strict();

export const SPEAKERS = ['receptionist', 'voicemail', 'interviewer', 'narrator'] as const;
export type Speaker = (typeof SPEAKERS)[number];

export const OUTCOMES = [
  'got_update',
  'position_filled',
  'call_back',
  'message_left',
  'no_answer',
  'cut_short',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const node = z
  .object({
    speaker: z.enum(SPEAKERS),
    says: z.string().optional(),
    reply: reply.optional(),
    goto: id.optional(),
    end: z.enum(OUTCOMES).optional(),
  })
  .strict()
  .refine((n) => [n.reply, n.goto, n.end].filter((x) => x !== undefined).length === 1, {
    message: 'a node needs exactly one of reply, goto or end',
  });

export const scenarioSchema = z
  .object({
    version: z.literal(SCENARIO_VERSION, {
      error: `version must be ${SCENARIO_VERSION}`,
    }),
    id,
    title: z.string().min(1),
    summary: z.string().min(1),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    tips: z.array(z.enum(['T0', 'T1', 'T2', 'T3', 'T4'])).min(1),
    setting: z
      .object({
        company: z.string().min(1),
        role: z.string().min(1),
        interviewer: z.string().min(1),
        receptionist: z.string().optional(),
        callerName: z.string().default('Sam Rivera'),
        phone: z.string().optional(),
        briefing: z.string().optional(),
      })
      .strict(),
    campaign: z
      .object({
        maxAttempts: z.number().int().min(1).max(6).default(3),
        answer: z.array(answerRule).min(1),
      })
      .strict(),
    nodes: z.record(id, node),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof node>;
export type Reply = z.infer<typeof reply>;
export type Choice = z.infer<typeof choice>;
export type AnswerCondition = z.infer<typeof answerCondition>;

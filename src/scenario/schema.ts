import { z } from 'zod';
import { WEEKDAYS } from '../scoring/calendar.ts';
import { TIME_PATTERN } from '../scoring/time.ts';
import { INTENTS } from '../scoring/vocabulary.ts';

/** The scenario file format version this build reads. */
export const SCENARIO_VERSION = 1;

const id = z
  .string()
  .regex(
    /^[a-z][a-zA-Z0-9_-]*$/,
    'must start with a lower-case letter and use only letters, digits, - or _',
  );

// Only for a name that is there: a missing or non-text value gets the loader's own message.
const intent = z.enum(INTENTS, {
  error: (issue) =>
    typeof issue.input === 'string'
      ? `unknown intent ${JSON.stringify(issue.input)}; use one of: ${INTENTS.join(', ')}`
      : undefined,
});

const range = z
  .object({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
  .strict();

const clock = z.string().regex(TIME_PATTERN, 'must be a 24-hour time like "15:30"');
const weekday = z.enum(WEEKDAYS);

/** The campaign's calendar: what weekday the interview was, office hours, closed days. */
export const calendar = z
  .object({
    interviewOn: weekday.describe('the weekday of the interview (campaign day 0)'),
    open: clock.default('09:00').describe('when the office starts answering'),
    close: clock.default('17:00').describe('when it stops'),
    closed: z.array(weekday).default(['sat', 'sun']).describe('weekdays the office is closed'),
  })
  .strict();

/** A moment relative to the call that names it: `days` after, the next `weekday`, or a `day`. */
export const point = z
  .object({
    days: z.number().int().min(0).optional().describe('days after the call (0 = that day)'),
    weekday: weekday.optional().describe('the next such weekday after the call'),
    nextWeek: z.boolean().optional().describe('with weekday: the one in the following week'),
    day: z.number().int().min(0).optional().describe('a campaign day (days since the interview)'),
    at: clock.optional().describe('time of day; without it, the whole day'),
  })
  .strict()
  .refine((p) => [p.days, p.weekday, p.day].filter((x) => x !== undefined).length === 1, {
    message: 'a point needs exactly one of days, weekday or day',
  });

export const span = z.object({ from: point, to: point.optional() }).strict();

/** A time a line sets, as said and as spans of campaign time. */
export const timeWindow = z
  .object({
    says: z.string().min(1).describe('the words that set it, quoted in feedback'),
    spans: z.array(span).min(1),
  })
  .strict();

/** Conditions on the moment of the call that decide who answers. */
export const answerCondition = z
  .object({
    days: range.optional().describe('whole days since the interview (interview day = 0)'),
    hours: z.enum(['business', 'outside']).optional().describe('business = 09:00–16:59'),
    attempt: range.optional().describe('1 for the first call, 2 for the second…'),
    voicemailsLeft: range.optional(),
    thankYouSent: z.boolean().optional(),
    weekdays: z.array(weekday).min(1).optional().describe('the call falls on one of these'),
    closed: z.boolean().optional().describe('the office is (or is not) closed that day'),
    time: z
      .object({ from: clock.optional(), to: clock.optional() })
      .strict()
      .optional()
      .describe('the call is from `from` until before `to`'),
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
    promise: timeWindow.optional().describe('when this line promises to call again'),
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
    window: timeWindow
      .extend({ kind: z.enum(['call_back', 'decision']) })
      .optional()
      .describe('a time this line sets: when to call back, or when the decision comes'),
  })
  .strict()
  .refine((n) => [n.reply, n.goto, n.end].filter((x) => x !== undefined).length === 1, {
    error: (issue) => {
      const node = (issue.input ?? {}) as Record<string, unknown>;
      const has = ['reply', 'goto', 'end'].filter((k) => node[k] !== undefined);
      return has.length === 0
        ? 'a node needs exactly one of reply, goto or end; it has none'
        : `a node needs exactly one of reply, goto or end; it has ${has.join(' and ')}`;
    },
  });

export const scenarioSchema = z
  .object({
    version: z.literal(SCENARIO_VERSION),
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
        decision: timeWindow
          .optional()
          .describe('when the interview said the decision would come, from the interview day'),
        answer: z.array(answerRule).min(1),
      })
      .strict(),
    calendar: calendar.optional(),
    nodes: z.record(id, node),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof node>;
export type Reply = z.infer<typeof reply>;
export type Choice = z.infer<typeof choice>;
export type AnswerCondition = z.infer<typeof answerCondition>;

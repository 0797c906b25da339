/**
 * Validation of a call log (contract: call-mode input). The CLI and the app's import share
 * this one schema, so a bad log gets the same clear message everywhere.
 */
import { z } from 'zod';
import { WEEKDAYS, WINDOW_KINDS } from './calendar';
import { TIME_PATTERN } from './time';
import type { CallLog } from './types';
import { HOW_GIVEN, ROOM_LIMITS } from './types';
import { INTENTS, REACHED } from './vocabulary';

/** Upper bounds that keep grading fast and reject obviously broken logs. */
// A turn may be long (a 10,000-word ramble is odd but valid, and is graded as one).
// `seconds` (how long a turn took to say) is 0 for "not measured", otherwise from a tenth of a
// second (what speech recognition reports) to an hour; `grade --lines` uses the same bounds.
export const LIMITS = {
  attempts: 100,
  turns: 200,
  textChars: 100_000,
  days: 3650,
  minSeconds: 0.1,
  maxSeconds: 3600,
} as const;

/** Why a `seconds` value is not acceptable, or undefined when it is (0 = not measured). */
export function secondsProblem(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'seconds must be a number';
  if (value < 0) return 'seconds cannot be negative';
  if (value === 0) return undefined;
  if (value < LIMITS.minSeconds || value > LIMITS.maxSeconds) {
    return `seconds must be 0 (not measured) or from ${LIMITS.minSeconds} to ${LIMITS.maxSeconds}`;
  }
  return undefined;
}

/** A room's show of hands (room mode): kept with the turn, never scored. */
export const roomTallySchema = z.object(
  {
    counts: z
      .array(
        z
          .number({ error: 'room.counts must be numbers of hands' })
          .int('room.counts must be whole numbers of hands')
          .min(0, 'room.counts cannot be negative')
          .max(ROOM_LIMITS.hands, `room.counts must be at most ${ROOM_LIMITS.hands} hands`),
        { error: 'room.counts must be a list' },
      )
      .max(ROOM_LIMITS.choices, `room.counts may have at most ${ROOM_LIMITS.choices} numbers`),
  },
  { error: 'room must be an object with counts' },
);

const turnSchema = z.object({
  speaker: z.enum(['me', 'them'], { error: 'speaker must be "me" or "them"' }),
  text: z
    .string({ error: 'text must be a string' })
    .max(LIMITS.textChars, `text is longer than ${LIMITS.textChars} characters`),
  // 0 means "not measured" (a typed turn); it is graded by its words, like a missing value.
  seconds: z
    .number({ error: 'seconds must be a number' })
    .superRefine((value, ctx) => {
      const problem = secondsProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  how: z.enum(HOW_GIVEN, { error: `how must be one of ${HOW_GIVEN.join(', ')}` }).optional(),
  choice: z.string({ error: 'choice must be a string' }).max(200).optional(),
  intents: z
    .array(z.enum(INTENTS, { error: `intents must be from: ${INTENTS.join(', ')}` }), {
      error: 'intents must be a list',
    })
    .max(INTENTS.length * 2)
    .optional(),
  node: z.string({ error: 'node must be a string' }).max(200).optional(),
  model: z
    .string({ error: 'model must be a string' })
    .max(LIMITS.textChars, `model is longer than ${LIMITS.textChars} characters`)
    .optional(),
  room: roomTallySchema.optional(),
});

const personName = (field: string) =>
  z
    .string({ error: `people.${field} must be a string` })
    .max(200)
    .optional();

const clock = (field: string) =>
  z
    .string({ error: `${field} must be a string like "10:30"` })
    .regex(TIME_PATTERN, `${field} must be 24-hour HH:MM, like "10:30"`);
const campaignDay = (field: string) =>
  z
    .number({ error: `${field} must be a number of days after the interview` })
    .int(`${field} must be a whole number of days`)
    .min(0, `${field} must be 0 or later`)
    .max(LIMITS.days, `${field} must be at most ${LIMITS.days}`);

const spanSchema = z.object({
  fromDay: campaignDay('fromDay'),
  fromTime: clock('fromTime').optional(),
  toDay: campaignDay('toDay').optional(),
  toTime: clock('toTime').optional(),
});

const windowSchema = z.object({
  kind: z.enum(WINDOW_KINDS, { error: `kind must be one of ${WINDOW_KINDS.join(', ')}` }),
  says: z.string({ error: 'says must be a string' }).max(500),
  spans: z.array(spanSchema, { error: 'spans must be a list' }).min(1).max(10),
});

const weekday = z.enum(WEEKDAYS, { error: `a weekday is one of ${WEEKDAYS.join(', ')}` });

const calendarSchema = z.object({
  interviewOn: weekday,
  open: clock('open'),
  close: clock('close'),
  closed: z.array(weekday).max(7),
});

const attemptSchema = z.object({
  day: z
    .number({ error: 'day must be a number of whole days after the interview' })
    .int('day must be a whole number of days')
    .min(0, 'day must be 0 (the interview day) or later')
    .max(LIMITS.days, `day must be at most ${LIMITS.days}`),
  time: z
    .string({ error: 'time must be a string like "10:30"' })
    .regex(TIME_PATTERN, 'time must be 24-hour HH:MM, like "10:30"'),
  reached: z.enum(REACHED, { error: `reached must be one of ${REACHED.join(', ')}` }),
  turns: z
    .array(turnSchema, { error: 'turns must be a list' })
    .max(LIMITS.turns, `an attempt may have at most ${LIMITS.turns} turns`)
    .default([]),
  windows: z.array(windowSchema, { error: 'windows must be a list' }).max(20).optional(),
});

export const callLogSchema = z.object({
  scenario: z.string({ error: 'scenario must be a string' }).max(200).optional(),
  thankYouNote: z.boolean({ error: 'thankYouNote must be true or false' }).optional(),
  people: z
    .object(
      {
        caller: personName('caller'),
        interviewer: personName('interviewer'),
        company: personName('company'),
        receptionist: personName('receptionist'),
      },
      { error: 'people must be an object with caller, interviewer and company' },
    )
    .optional(),
  attempts: z
    .array(attemptSchema, { error: 'attempts must be a list of calls' })
    .max(LIMITS.attempts, `a log may have at most ${LIMITS.attempts} attempts`),
  movedOn: z.boolean({ error: 'movedOn must be true or false' }).optional(),
  calendar: calendarSchema.optional(),
  decision: windowSchema.optional(),
});

export type ParseResult = { ok: true; log: CallLog } | { ok: false; error: string };

function pathText(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out.length === 0 ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** Validates an unknown value as a call log; never throws. */
export function parseCallLog(value: unknown): ParseResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'a call log must be a JSON object with an "attempts" list' };
  }
  const result = callLogSchema.safeParse(value);
  if (result.success) return { ok: true, log: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, error: 'invalid call log' };
  const where = pathText(issue.path);
  const message =
    issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined
      ? `${where || 'value'} is missing`
      : `${where ? `${where}: ` : ''}${issue.message}`;
  return { ok: false, error: message };
}

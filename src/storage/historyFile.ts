import { z } from 'zod';
import { callLogSchema, LIMITS, roomTallySchema } from '../scoring/parseCallLog';
import { TIME_PATTERN } from '../scoring/time';
import { type CallLog, DIMENSIONS, type Scorecard } from '../scoring/types';
import { INTENTS } from '../scoring/vocabulary';
import { damagedReason, longer, notJsonReason, quoted } from './jsonText';
import type { CampaignRecord } from './types';

/** Names the kind of file, so a stray JSON file is told apart from a history export. */
export const HISTORY_FORMAT = 'follow-up-call-trainer/history';
export const HISTORY_VERSION = 1;

/**
 * Bounds on an imported file, far above a learner's real history: a larger file would freeze
 * the page while it is checked and graded, or fill the history with text nobody typed.
 */
export const IMPORT_LIMITS = {
  campaigns: 2000,
  /** A campaign's or scenario's id (the app's are UUIDs and slugs, under 40). */
  idChars: 100,
  /** A scenario's title. */
  titleChars: 200,
  /** One line said in a call, or its model line (a typed answer is at most 600). */
  lineChars: 5000,
  /** Recorded events in one campaign. */
  events: 1000,
  /** Call turns in the whole file: grading them takes about 40 ms per thousand. */
  turns: 50_000,
  /** How far ahead of this device's clock a finish may be (another device's clock may be off). */
  clockSkewMs: 24 * 60 * 60 * 1000,
} as const;
/** Far above any learner's real history; a larger file would freeze the page while it is checked. */
export const MAX_IMPORT_CAMPAIGNS = IMPORT_LIMITS.campaigns;

const time = z.string().regex(TIME_PATTERN, 'expected a time as HH:MM');
const score = z.number().min(0).max(100);
const seconds = z.number().nonnegative().max(LIMITS.maxSeconds).optional();
const id = z.string().min(1, 'is empty').max(IMPORT_LIMITS.idChars, longer(IMPORT_LIMITS.idChars));

// z.object drops the fields it does not name: nothing unknown reaches the history.
const event = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('plan.thankYou') }),
    z.object({
      type: z.literal('plan.dial'),
      day: z.number().int().min(0).max(LIMITS.days),
      time,
    }),
    z.object({
      type: z.literal('caller.chose'),
      index: z.number().int().min(0).max(99),
      seconds,
      room: roomTallySchema.optional(),
    }),
    z.object({
      type: z.literal('caller.said'),
      text: z.string().max(IMPORT_LIMITS.lineChars, longer(IMPORT_LIMITS.lineChars)),
      intents: z.array(z.enum(INTENTS)).max(INTENTS.length),
      seconds,
    }),
    z.object({ type: z.literal('caller.hungUp') }),
    z.object({ type: z.literal('campaign.wait') }),
    z.object({ type: z.literal('campaign.moveOn') }),
  ],
  { error: 'is not an event this app records' },
);

// The scores are graded again from the log on import; the scorecard's shape is still checked
// so a damaged export is told apart from a good one.
const scorecard = z.object({
  overall: score,
  dimensions: z.object(
    Object.fromEntries(DIMENSIONS.map((d) => [d, z.object({ score })])) as Record<
      (typeof DIMENSIONS)[number],
      z.ZodObject<{ score: typeof score }>
    >,
  ),
  findings: z.array(z.unknown()),
});

const record = z.object({
  id,
  scenarioId: id,
  scenarioTitle: z.string().max(IMPORT_LIMITS.titleChars, longer(IMPORT_LIMITS.titleChars)),
  finishedAt: z.iso.datetime({ offset: true }),
  // The grader's own contract: the fields it reads, within its bounds.
  log: callLogSchema,
  scorecard,
  events: z.array(event).max(IMPORT_LIMITS.events, `has more than ${IMPORT_LIMITS.events} events`),
});

const historyFile = z.object({
  format: z.literal(HISTORY_FORMAT),
  version: z.literal(HISTORY_VERSION),
  exportedAt: z.string().max(100),
  campaigns: z.array(record),
});

/** The export file: a header naming the format, then every campaign. */
export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  version: typeof HISTORY_VERSION;
  exportedAt: string;
  campaigns: CampaignRecord[];
}

/** The export file for a list of records. */
export function toHistoryFile(records: readonly CampaignRecord[], exportedAt: string): HistoryFile {
  return { format: HISTORY_FORMAT, version: HISTORY_VERSION, exportedAt, campaigns: [...records] };
}

export type HistoryParse = { ok: true; records: CampaignRecord[] } | { ok: false; reason: string };

export interface HistoryParseOptions {
  /** This device's clock (ms): a campaign finished more than a day after it is refused. */
  now: number;
  /** The grader (`gradeCall`): each campaign's scores are graded again from its call log. */
  grade: (log: CallLog) => Scorecard;
}

// Lists are counted from 1 in messages: "campaign 2 → log → attempt 1 → turn 2 → seconds".
const ITEM_NAMES: Record<string, string> = {
  campaigns: 'campaign',
  attempts: 'attempt',
  turns: 'turn',
  events: 'event',
  findings: 'finding',
  intents: 'intent',
};

type Parsed = z.infer<typeof record>;

/** The first reason to refuse campaigns that are well formed one by one, if any. */
function refusal(campaigns: readonly Parsed[], now: number): string | undefined {
  const seen = new Map<string, number>();
  let turns = 0;
  for (const [i, c] of campaigns.entries()) {
    const at = `campaign ${i + 1}`;
    const first = seen.get(c.id);
    if (first !== undefined) {
      return `Campaign ${i + 1} → id: ${quoted(c.id)} appears twice in this file (campaign ${first + 1} has it too).`;
    }
    seen.set(c.id, i);
    if (Date.parse(c.finishedAt) > now + IMPORT_LIMITS.clockSkewMs) {
      return `Campaign ${i + 1} → finishedAt: ${c.finishedAt.slice(0, 10)} is in the future (more than a day ahead of this device’s clock).`;
    }
    for (const [a, attempt] of c.log.attempts.entries()) {
      for (const [t, turn] of attempt.turns.entries()) {
        const field =
          turn.text.length > IMPORT_LIMITS.lineChars
            ? 'text'
            : (turn.model?.length ?? 0) > IMPORT_LIMITS.lineChars
              ? 'model'
              : undefined;
        if (field) {
          return `The file is damaged at ${at} → log → attempt ${a + 1} → turn ${t + 1} → ${field}: ${longer(IMPORT_LIMITS.lineChars)}.`;
        }
      }
      turns += attempt.turns.length;
    }
  }
  if (turns > IMPORT_LIMITS.turns) {
    return `It holds ${turns.toLocaleString('en-US')} call turns; at most ${IMPORT_LIMITS.turns.toLocaleString('en-US')} can be checked at once.`;
  }
  return undefined;
}

/**
 * Reads an exported history file; a bad file gets one plain reason and no records. What is
 * kept is only what the app knows, within bounds, and every score is graded again from the
 * call log, so a score edited in the file has no effect.
 */
export function parseHistoryFile(text: string, options: HistoryParseOptions): HistoryParse {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, reason: 'The file is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, reason: notJsonReason(body, error, 'history file') };
  }
  if (
    !data ||
    typeof data !== 'object' ||
    (data as { format?: unknown }).format !== HISTORY_FORMAT
  ) {
    return {
      ok: false,
      reason:
        'This is not a Follow-Up Call Trainer history file (it has no "format": "follow-up-call-trainer/history").',
    };
  }
  const version = (data as { version?: unknown }).version;
  if (version !== HISTORY_VERSION) {
    const which =
      typeof version === 'number' && Number.isFinite(version)
        ? `version ${version}`
        : 'no version this app knows';
    return {
      ok: false,
      reason: `This history file has ${which}; this app reads version ${HISTORY_VERSION}.`,
    };
  }
  const campaigns = (data as { campaigns?: unknown }).campaigns;
  if (Array.isArray(campaigns) && campaigns.length > IMPORT_LIMITS.campaigns) {
    return {
      ok: false,
      reason: `It holds ${campaigns.length.toLocaleString('en-US')} campaigns; at most ${IMPORT_LIMITS.campaigns.toLocaleString('en-US')} can be imported at once.`,
    };
  }
  const parsed = historyFile.safeParse(data);
  if (!parsed.success)
    return { ok: false, reason: damagedReason(parsed.error.issues, (list) => ITEM_NAMES[list]) };
  const problem = refusal(parsed.data.campaigns, options.now);
  if (problem) return { ok: false, reason: problem };
  const records: CampaignRecord[] = [];
  for (const [i, c] of parsed.data.campaigns.entries()) {
    let graded: Scorecard;
    try {
      graded = options.grade(c.log);
    } catch {
      return {
        ok: false,
        reason: `Campaign ${i + 1} → log: its calls could not be graded, so its scores cannot be known.`,
      };
    }
    records.push({
      id: c.id,
      scenarioId: c.scenarioId,
      scenarioTitle: c.scenarioTitle,
      // The history is sorted by comparing these strings: an offset (+02:00) would sort wrongly.
      finishedAt: new Date(c.finishedAt).toISOString(),
      log: c.log,
      scorecard: graded,
      events: c.events,
    });
  }
  return { ok: true, records };
}

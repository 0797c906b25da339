import { z } from 'zod';
import { TIME_PATTERN } from '../scoring/time';
import { TIP_IDS } from '../scoring/tips';
import { DIMENSIONS } from '../scoring/types';
import { INTENTS, REACHED } from '../scoring/vocabulary';
import type { CampaignRecord } from './types';

/** Names the kind of file, so a stray JSON file is told apart from a history export. */
export const HISTORY_FORMAT = 'follow-up-call-trainer/history';
export const HISTORY_VERSION = 1;
/** Far above any learner's real history; a larger file would freeze the page while it is checked. */
export const MAX_IMPORT_CAMPAIGNS = 2000;

const time = z.string().regex(TIME_PATTERN, 'expected a time as HH:MM');
const score = z.number().min(0).max(100);

const event = z.discriminatedUnion('type', [
  z.object({ type: z.literal('plan.thankYou') }),
  z.object({ type: z.literal('plan.dial'), day: z.number().int().min(0), time }),
  z.object({
    type: z.literal('caller.chose'),
    index: z.number().int().min(0),
    seconds: z.number().nonnegative().optional(),
  }),
  z.object({
    type: z.literal('caller.said'),
    text: z.string(),
    intents: z.array(z.enum(INTENTS)),
    seconds: z.number().nonnegative().optional(),
  }),
  z.object({ type: z.literal('caller.hungUp') }),
  z.object({ type: z.literal('campaign.wait') }),
  z.object({ type: z.literal('campaign.moveOn') }),
]);

// The grader may add fields to its log and scorecard; those are kept, never refused.
const callLog = z.looseObject({
  scenario: z.string().optional(),
  thankYouNote: z.boolean().optional(),
  movedOn: z.boolean().optional(),
  attempts: z.array(
    z.looseObject({
      day: z.number().int().min(0),
      time,
      reached: z.enum(REACHED),
      turns: z.array(
        z.looseObject({
          speaker: z.enum(['me', 'them']),
          text: z.string(),
          seconds: z.number().nonnegative().optional(),
        }),
      ),
    }),
  ),
});

const finding = z.looseObject({
  dimension: z.enum(DIMENSIONS),
  tip: z.enum(TIP_IDS),
  message: z.string(),
  suggestion: z.string().optional(),
  attempt: z.number().int().min(0).optional(),
  turn: z.number().int().min(0).optional(),
  points: z.number().optional(),
  kind: z.enum(['good', 'improve']).optional(),
});

const dimensionScores = z.object(
  Object.fromEntries(DIMENSIONS.map((d) => [d, z.looseObject({ score })])) as Record<
    (typeof DIMENSIONS)[number],
    z.ZodObject<{ score: typeof score }, z.core.$loose>
  >,
);

const record = z.object({
  id: z.string().min(1),
  scenarioId: z.string().min(1),
  scenarioTitle: z.string(),
  finishedAt: z.iso.datetime({ offset: true }),
  log: callLog,
  scorecard: z.looseObject({
    overall: score,
    dimensions: dimensionScores,
    findings: z.array(finding),
  }),
  events: z.array(event),
});

const historyFile = z.object({
  format: z.literal(HISTORY_FORMAT),
  version: z.literal(HISTORY_VERSION),
  exportedAt: z.string(),
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

// Lists are counted from 1 in messages: "campaign 2 → log → attempt 1 → turn 2 → seconds".
const ITEM_NAMES: Record<string, string> = {
  campaigns: 'campaign',
  attempts: 'attempt',
  turns: 'turn',
  events: 'event',
  findings: 'finding',
  intents: 'intent',
};

function where(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  const parts: string[] = [];
  path.forEach((key, i) => {
    const next = path[i + 1];
    if (typeof key === 'number') return;
    if (typeof next === 'number') {
      const list = String(key);
      parts.push(`${ITEM_NAMES[list] ?? `${list} item`} ${next + 1}`);
    } else {
      parts.push(String(key));
    }
  });
  return parts.join(' → ');
}

/** Reads an exported history file; a bad file gets one plain reason and no records. */
export function parseHistoryFile(text: string): HistoryParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `The file is not valid JSON (${(error as Error).message}).` };
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
    return {
      ok: false,
      reason: `This history file has version ${JSON.stringify(version)}; this app reads version ${HISTORY_VERSION}.`,
    };
  }
  const campaigns = (data as { campaigns?: unknown }).campaigns;
  if (Array.isArray(campaigns) && campaigns.length > MAX_IMPORT_CAMPAIGNS) {
    return {
      ok: false,
      reason: `It holds ${campaigns.length.toLocaleString('en-US')} campaigns; at most ${MAX_IMPORT_CAMPAIGNS.toLocaleString('en-US')} can be imported at once.`,
    };
  }
  const parsed = historyFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const more = parsed.error.issues.length - 1;
    const detail = issue ? `${where(issue.path)}: ${issue.message}` : 'unknown problem';
    return {
      ok: false,
      reason: `The file is damaged at ${detail}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}.`,
    };
  }
  // The history is sorted by comparing these strings: an offset (+02:00) would sort wrongly.
  const records = (parsed.data.campaigns as CampaignRecord[]).map((r) => ({
    ...r,
    finishedAt: new Date(r.finishedAt).toISOString(),
  }));
  return { ok: true, records };
}

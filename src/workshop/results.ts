/**
 * A participant's results file: what "Hand in my results" saves and the class dashboard reads.
 * It carries call logs, never trusted scores: the dashboard grades every campaign again.
 */
import { z } from 'zod';
import { callLogSchema } from '../scoring/parseCallLog';
import type { CallLog } from '../scoring/types';
import { HISTORY_FORMAT } from '../storage/historyFile';
import { damagedReason, longer, notJsonReason, quoted } from '../storage/jsonText';
import type { CampaignRecord } from '../storage/types';

/** Names the kind of file, so a history backup or a stray JSON file is told apart. */
export const RESULTS_FORMAT = 'follow-up-call-trainer/results';
export const RESULTS_VERSION = 1;

/**
 * Bounds on one results file, far above one person's workshop (a few campaigns): a larger
 * file would freeze the dashboard while 40 of them are graded.
 */
export const RESULTS_LIMITS = {
  /** Characters of the whole file (about 5 MB): a workshop's file is a few kilobytes. */
  chars: 5_000_000,
  /** Finished campaigns in one file. */
  attempts: 500,
  /** Call turns in the whole file (grading takes about 40 ms per thousand). */
  turns: 20_000,
  /** The display name. */
  nameChars: 80,
  /** Scenario ids in a pack's list (a pack holds at most 20). */
  packScenarios: 100,
  /** A campaign's, scenario's or pack's id. */
  idChars: 100,
  /** A scenario's or pack's title. */
  titleChars: 200,
  /** One line said in a call, or its model line. */
  lineChars: 5000,
  /** How far ahead of this device's clock a time in the file may be (clocks differ). */
  clockSkewMs: 24 * 60 * 60 * 1000,
} as const;

/**
 * The pack a file was handed in under. `scenarios` (its list, in order; added later, optional
 * so older files still read and older apps drop it) is what "finished all" means on the dashboard.
 */
export interface ResultsPack {
  id: string;
  title?: string;
  scenarios?: string[];
}

/** One finished campaign as handed in: what was played and its call log (no scores). */
export interface ResultAttempt {
  /** The campaign's id on the participant's device; the same campaign handed in twice counts once. */
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  /** ISO 8601 (UTC) moment the campaign's debrief was reached. */
  finishedAt: string;
  log: CallLog;
}

/** A results file as read: only the fields the app knows, within bounds. */
export interface ResultsFile {
  format: typeof RESULTS_FORMAT;
  version: typeof RESULTS_VERSION;
  /** The participant's display name, when they gave one. */
  name?: string;
  /** The workshop pack they played, when they played one. */
  pack?: ResultsPack;
  handedInAt: string;
  attempts: ResultAttempt[];
}

/** What a results file holds as written: the attempts also show the scores the participant saw. */
export interface ResultsFileOut extends Omit<ResultsFile, 'attempts'> {
  attempts: (ResultAttempt & { shownScore?: number })[];
}

export interface ResultsOptions {
  /** Shown by the participant; trimmed, and left out when empty. */
  name?: string | undefined;
  pack?: ResultsPack | undefined;
  /** Only this scenario's campaigns (all when undefined). */
  scenarioId?: string | undefined;
  /** ISO moment of the hand-in. */
  handedInAt: string;
  /** False while a pack holds the scores: the file then shows none either. */
  scoresShown?: boolean;
}

/** Collapses runs of white space (a newline in a name is a slip) and trims. */
export function cleanName(name: string | undefined): string | undefined {
  const clean = name?.replace(/\s+/g, ' ').trim();
  return clean ? clean : undefined;
}

/** The results file of finished campaigns (all, or one scenario's), oldest first. */
export function toResultsFile(
  records: readonly CampaignRecord[],
  options: ResultsOptions,
): ResultsFileOut {
  const name = cleanName(options.name)?.slice(0, RESULTS_LIMITS.nameChars);
  const chosen = records
    .filter((r) => options.scenarioId === undefined || r.scenarioId === options.scenarioId)
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    ...(name ? { name } : {}),
    ...(options.pack
      ? {
          pack: {
            id: options.pack.id,
            ...(options.pack.title !== undefined ? { title: options.pack.title } : {}),
            ...(options.pack.scenarios ? { scenarios: [...options.pack.scenarios] } : {}),
          },
        }
      : {}),
    handedInAt: options.handedInAt,
    attempts: chosen.map((r) => ({
      id: r.id,
      scenarioId: r.scenarioId,
      scenarioTitle: r.scenarioTitle,
      finishedAt: r.finishedAt,
      log: r.log,
      // For a person reading the file; the dashboard grades the log again and ignores it.
      ...(options.scoresShown === false ? {} : { shownScore: r.scorecard.overall }),
    })),
  };
}

const id = z
  .string({ error: 'must be text' })
  .min(1, 'is empty')
  .max(RESULTS_LIMITS.idChars, longer(RESULTS_LIMITS.idChars));
const title = z
  .string({ error: 'must be text' })
  .max(RESULTS_LIMITS.titleChars, longer(RESULTS_LIMITS.titleChars));
const moment = z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' });

// z.object drops the fields it does not name: a score in the file never reaches the dashboard.
const attempt = z.object({
  id,
  scenarioId: id,
  scenarioTitle: title,
  finishedAt: moment,
  log: callLogSchema,
});

const resultsFile = z.object({
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(RESULTS_VERSION),
  name: z
    .string({ error: 'must be text' })
    .max(RESULTS_LIMITS.nameChars, longer(RESULTS_LIMITS.nameChars))
    .optional(),
  pack: z
    .object(
      {
        id,
        title: title.optional(),
        scenarios: z
          .array(id, { error: 'must be a list of scenario ids' })
          .max(RESULTS_LIMITS.packScenarios, `holds more than ${RESULTS_LIMITS.packScenarios} ids`)
          .optional(),
      },
      { error: 'must be an id and a title' },
    )
    .optional(),
  handedInAt: moment,
  attempts: z.array(attempt, { error: 'must be a list of finished campaigns' }),
});

export type ResultsParse = { ok: true; results: ResultsFile } | { ok: false; reason: string };

export interface ResultsParseOptions {
  /** The file's name: a spreadsheet or a CSV export is told apart by it. */
  fileName: string;
  /** This device's clock (ms); when given, a file handed in more than a day ahead is refused. */
  now?: number;
}

// Lists are counted from 1 in messages: "attempt 2 → log → call 1 → turn 3 → seconds".
const ITEM_NAMES: Record<string, string> = {
  attempts: 'attempt',
  turns: 'turn',
  intents: 'intent',
  windows: 'window',
  spans: 'span',
  closed: 'closed day',
};

/** The file's attempts are campaigns; a log's attempts are its calls. */
function itemName(list: string, depth: number): string | undefined {
  return list === 'attempts' && depth > 0 ? 'call' : ITEM_NAMES[list];
}

const NOT_RESULTS = `This is not a Follow-Up Call Trainer results file (it has no "format": "${RESULTS_FORMAT}").`;

/** A reason to refuse a file by its name or its first characters, before reading it as JSON. */
function wrongKind(body: string, fileName: string): string | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) {
    return 'This is a spreadsheet file (CSV), perhaps a dashboard export: load the results files (.json) the participants handed in.';
  }
  if (/^\s*</.test(body))
    return 'This is not a results file: it looks like a web page or XML, not JSON text.';
  return undefined;
}

/** The first reason to refuse attempts that are well formed one by one, if any. */
function refusal(data: z.infer<typeof resultsFile>, now: number | undefined): string | undefined {
  const late = now === undefined ? undefined : now + RESULTS_LIMITS.clockSkewMs;
  if (late !== undefined && Date.parse(data.handedInAt) > late) {
    return `handedInAt: ${data.handedInAt.slice(0, 10)} is in the future (more than a day ahead of this device’s clock).`;
  }
  const seen = new Map<string, number>();
  let turns = 0;
  for (const [i, a] of data.attempts.entries()) {
    const first = seen.get(a.id);
    if (first !== undefined) {
      return `Attempt ${i + 1} → id: ${quoted(a.id)} appears twice in this file (attempt ${first + 1} has it too).`;
    }
    seen.set(a.id, i);
    if (late !== undefined && Date.parse(a.finishedAt) > late) {
      return `Attempt ${i + 1} → finishedAt: ${a.finishedAt.slice(0, 10)} is in the future (more than a day ahead of this device’s clock).`;
    }
    for (const [c, call] of a.log.attempts.entries()) {
      for (const [t, turn] of call.turns.entries()) {
        const field =
          turn.text.length > RESULTS_LIMITS.lineChars
            ? 'text'
            : (turn.model?.length ?? 0) > RESULTS_LIMITS.lineChars
              ? 'model'
              : undefined;
        if (field) {
          return `The file is damaged at attempt ${i + 1} → log → call ${c + 1} → turn ${t + 1} → ${field}: ${longer(RESULTS_LIMITS.lineChars)}.`;
        }
      }
      turns += call.turns.length;
    }
  }
  if (turns > RESULTS_LIMITS.turns) {
    return `It holds ${turns.toLocaleString('en-US')} call turns; a results file may hold at most ${RESULTS_LIMITS.turns.toLocaleString('en-US')}.`;
  }
  return undefined;
}

/**
 * Reads a results file; a bad one gets one plain reason. Only what the app knows is kept, and
 * no score: the dashboard grades each call log again.
 */
export function parseResultsFile(text: string, options: ResultsParseOptions): ResultsParse {
  if (text.length > RESULTS_LIMITS.chars) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return {
      ok: false,
      reason: `The file is too big (${mb} million characters); a results file is at most ${RESULTS_LIMITS.chars / 1_000_000} million.`,
    };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, reason: 'The file is empty.' };
  const kind = wrongKind(body, options.fileName);
  if (kind) return { ok: false, reason: kind };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, reason: notJsonReason(body, error, 'results file') };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: NOT_RESULTS };
  }
  const { format, version, attempts } = data as Record<string, unknown>;
  if (format === HISTORY_FORMAT) {
    return {
      ok: false,
      reason:
        'This is a history file (a learner’s own backup), not a results file: ask for the file that “Hand in my results” on the progress screen saves.',
    };
  }
  if (format !== RESULTS_FORMAT) return { ok: false, reason: NOT_RESULTS };
  if (version !== RESULTS_VERSION) {
    const which =
      typeof version === 'number' && Number.isFinite(version)
        ? `version ${version}`
        : 'no version this app knows';
    return {
      ok: false,
      reason: `This results file has ${which}; this app reads version ${RESULTS_VERSION}.`,
    };
  }
  if (Array.isArray(attempts) && attempts.length > RESULTS_LIMITS.attempts) {
    return {
      ok: false,
      reason: `It holds ${attempts.length.toLocaleString('en-US')} campaigns; a results file may hold at most ${RESULTS_LIMITS.attempts.toLocaleString('en-US')}.`,
    };
  }
  const parsed = resultsFile.safeParse(data);
  if (!parsed.success) return { ok: false, reason: damagedReason(parsed.error.issues, itemName) };
  const problem = refusal(parsed.data, options.now);
  if (problem) return { ok: false, reason: problem };
  const { name, pack, handedInAt } = parsed.data;
  const shown = cleanName(name);
  return {
    ok: true,
    results: {
      format: RESULTS_FORMAT,
      version: RESULTS_VERSION,
      ...(shown ? { name: shown } : {}),
      ...(pack
        ? {
            pack: {
              id: pack.id,
              ...(pack.title ? { title: pack.title } : {}),
              ...(pack.scenarios ? { scenarios: [...new Set(pack.scenarios)] } : {}),
            },
          }
        : {}),
      handedInAt: new Date(handedInAt).toISOString(),
      attempts: parsed.data.attempts.map((a) => ({
        id: a.id,
        scenarioId: a.scenarioId,
        scenarioTitle: a.scenarioTitle,
        // Sorted by comparing these strings: an offset (+02:00) would sort wrongly.
        finishedAt: new Date(a.finishedAt).toISOString(),
        log: a.log,
      })),
    },
  };
}

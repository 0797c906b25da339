/**
 * The class's results as CSV: one row per participant and scenario, the columns of
 * docs/workshops.md ("Results and the class dashboard"). Written by papaparse.
 */
import Papa from 'papaparse';
import { TIP_IDS } from '../scoring/tips';
import { DIMENSIONS } from '../scoring/types';
import type { ClassSummary, ParticipantScenario } from './dashboard';

/** The columns, in order: documented in docs/workshops.md. */
export const CSV_COLUMNS = [
  'participant',
  'pack_id',
  'pack_title',
  'scenario_id',
  'scenario_title',
  'campaigns',
  'last_finished_at',
  'calls',
  'overall',
  'best_overall',
  ...DIMENSIONS,
  'tips_to_work_on',
  'top_problem',
  'files',
] as const;

type Cell = string | number;

function rowOf(r: ParticipantScenario): Cell[] {
  const { card, pack, log, finishedAt } = r.latest;
  const problems = card.problems ?? [];
  const tips = TIP_IDS.filter((t) => problems.some((p) => p.tip === t && p.points > 0));
  return [
    r.participant.label,
    pack?.id ?? '',
    pack?.title ?? '',
    r.scenarioId,
    r.scenarioTitle,
    r.campaigns,
    finishedAt,
    log.attempts.length,
    card.overall,
    r.bestOverall,
    // A dimension nothing let the grader judge is left empty (its 100 means nothing).
    ...DIMENSIONS.map((d) =>
      card.dimensions[d].applies === false ? '' : card.dimensions[d].score,
    ),
    tips.join(' '),
    problems.find((p) => p.points > 0)?.message ?? '',
    r.files.join('; '),
  ];
}

// A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or return first) gets a
// leading apostrophe. papaparse's own test stops at a newline, so a name like "=1\n2" got through.
const FORMULA = /^[=+\-@\t\r\n]/;

/**
 * The CSV text (UTF-8 with a byte-order mark, so spreadsheets read non-Latin names; CRLF line
 * ends; a field with a comma, quote or line break quoted).
 */
export function toCsv(summary: Pick<ClassSummary, 'rows'>): string {
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: summary.rows.map(rowOf) },
    { escapeFormulae: FORMULA, newline: '\r\n' },
  );
  // papaparse ends a header-only file with a line break, and a file with rows without one.
  return `\uFEFF${body}${body.endsWith('\r\n') ? '' : '\r\n'}`;
}

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { gradeResults } from '../../../src/workshop/classResults';
import { CSV_COLUMNS, toCsv } from '../../../src/workshop/csv';
import { summarise } from '../../../src/workshop/dashboard';
import { builtIn, choicesLog, fakeAttempt, fakeResults } from '../../helpers/resultsFakes';

const desk = builtIn('friendly-receptionist');

function csvOf(names: (string | undefined)[], pack?: { id: string; title?: string }) {
  const files = names.map((name, i) => {
    const outcome = gradeResults({
      fileName: `p${i}.json`,
      results: fakeResults({
        ...(name === undefined ? { name: undefined } : { name }),
        ...(pack ? { pack } : {}),
        attempts: [
          fakeAttempt({ id: `a${i}`, log: choicesLog(desk, [2, 2]) }),
          fakeAttempt({ id: `b${i}`, finishedAt: '2026-03-03T10:00:00.000Z' }),
        ],
      }),
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.file;
  });
  return toCsv(summarise(files));
}

function rowsOf(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('the class CSV', () => {
  it('has the documented columns and one row per participant and scenario', () => {
    const rows = rowsOf(csvOf(['Ana', 'Ben'], { id: 'pack-7', title: 'Tuesday' }));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]).toEqual([
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
      'timing',
      'brevity',
      'politeness',
      'purpose',
      'composure',
      'tips_to_work_on',
      'top_problem',
      'files',
    ]);
    expect(rows).toHaveLength(3);
    const ana = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
    expect(ana).toMatchObject({
      participant: 'Ana',
      pack_id: 'pack-7',
      pack_title: 'Tuesday',
      scenario_id: desk.id,
      scenario_title: desk.title,
      campaigns: '2',
      last_finished_at: '2026-03-03T10:00:00.000Z',
      calls: '1',
      files: 'p0.json',
    });
    // The latest campaign's scores; the best of both.
    expect(Number(ana.best_overall)).toBeGreaterThan(0);
    expect(Number(ana.overall)).toBeLessThanOrEqual(Number(ana.best_overall));
  });

  it('quotes names with commas, quotes and line breaks, and keeps non-Latin letters', () => {
    const names = ['Rivera, Sam', 'Jo "JJ" Lee', '李小龍', 'Zoë Ångström', 'Ольга'];
    const text = csvOf(names);
    expect(text).toContain('"Rivera, Sam"');
    expect(text).toContain('"Jo ""JJ"" Lee"');
    expect(text.split('\r\n').length).toBeGreaterThan(names.length);
    expect(
      rowsOf(text)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('keeps a line break inside a cell (a name from another tool) in one quoted cell', () => {
    const outcome = gradeResults({
      fileName: 'x.json',
      results: fakeResults({ name: 'two\nlines' }),
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const rows = rowsOf(toCsv(summarise([outcome.file])));
    expect(rows[1]?.[0]).toBe('two\nlines');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const names = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '=1\n+2'];
    const rows = rowsOf(csvOf(names));
    const cells = rows.slice(1).map((r) => r[0] ?? '');
    for (const cell of cells) expect(cell.startsWith("'")).toBe(true);
    expect(cells).toContain('\'=HYPERLINK("http://x","y")');
    expect(cells).toContain("'=1\n+2");
  });

  it('is just the header for an empty class', () => {
    expect(toCsv({ rows: [] })).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});

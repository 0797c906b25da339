import { describe, expect, it } from 'vitest';
import type { CallLog } from '../../../src/scoring/types';
import { classPack, type GradedFile, gradeResults } from '../../../src/workshop/classResults';
import { summarise } from '../../../src/workshop/dashboard';
import { parseResultsFile, type ResultsFile, toResultsFile } from '../../../src/workshop/results';
import { builtIn, choicesLog, fakeAttempt, fakeResults } from '../../helpers/resultsFakes';
import { fakeRecord } from '../../helpers/uiFakes';

const desk = builtIn('friendly-receptionist');
const filled = builtIn('position-filled');
const PACK = { id: 'tue-am', title: 'Tuesday morning', scenarios: [desk.id, filled.id] };

function graded(fileName: string, results: ResultsFile): GradedFile {
  const parsed = parseResultsFile(JSON.stringify(results), { fileName });
  if (!parsed.ok) throw new Error(parsed.reason);
  const outcome = gradeResults({ fileName, results: parsed.results });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.file;
}

/** The log with a room's show of hands on the caller turn at `node`. */
function withHands(log: CallLog, node: string, counts: number[]): CallLog {
  return {
    ...log,
    attempts: log.attempts.map((a) => ({
      ...a,
      turns: a.turns.map((t) =>
        t.speaker === 'me' && t.node === node ? { ...t, room: { counts } } : t,
      ),
    })),
  };
}

describe('results handed in for a pack', () => {
  it('carries the pack’s scenario list in the file and reads it back', () => {
    const file = toResultsFile([fakeRecord({ id: 'a' })], {
      name: 'Sam',
      pack: PACK,
      handedInAt: '2026-03-09T12:00:00.000Z',
    });
    expect(file.pack).toEqual(PACK);
    const parsed = parseResultsFile(JSON.stringify(file), { fileName: 'sam.json' });
    expect(parsed.ok && parsed.results.pack).toEqual(PACK);
  });

  it('still reads a file whose pack has no scenario list, and refuses a list that is not one', () => {
    const old = parseResultsFile(JSON.stringify(fakeResults({ pack: { id: 'x', title: 'X' } })), {
      fileName: 'old.json',
    });
    expect(old.ok && old.results.pack).toEqual({ id: 'x', title: 'X' });
    const bad = JSON.parse(JSON.stringify(fakeResults({ pack: PACK })));
    bad.pack.scenarios = 'friendly-receptionist';
    const parsed = parseResultsFile(JSON.stringify(bad), { fileName: 'bad.json' });
    expect(parsed).toEqual({
      ok: false,
      reason: 'The file is damaged at pack → scenarios: must be a list of scenario ids.',
    });
  });

  it('takes the pack most files name as the list for “finished all”', () => {
    const ana = graded('ana.json', fakeResults({ name: 'Ana', pack: PACK }));
    const ben = graded(
      'ben.json',
      fakeResults({
        name: 'Ben',
        pack: PACK,
        attempts: [
          fakeAttempt({ id: 'b1' }),
          fakeAttempt({
            id: 'b2',
            scenarioId: filled.id,
            scenarioTitle: filled.title,
            log: choicesLog(filled, [0, 0, 0]),
          }),
        ],
      }),
    );
    const cy = graded(
      'cy.json',
      fakeResults({ name: 'Cy', pack: { id: 'other', scenarios: [desk.id] } }),
    );
    const pack = classPack([cy, ben, ana]);
    expect(pack).toEqual({ ...PACK, files: 2, others: 1 });
    const summary = summarise([ana, ben, cy], { expected: pack?.scenarios ?? [] });
    expect(summary.completion?.complete.map((p) => p.label)).toEqual(['Ben']);
    expect(summary.completion?.incomplete.map((i) => [i.participant.label, i.missing])).toEqual([
      ['Ana', [filled.id]],
      ['Cy', [filled.id]],
    ]);
    expect(classPack([graded('x.json', fakeResults())])).toBeUndefined();
  });
});

describe('room tallies on the dashboard', () => {
  it('adds each room’s hands per authored choice in a column of their own', () => {
    const roomLog = withHands(choicesLog(desk, [1, 1]), 'reception', [9, 14, 0]);
    const room = graded(
      'room.json',
      fakeResults({ name: 'Room A', attempts: [fakeAttempt({ id: 'r', log: roomLog })] }),
    );
    const roomB = graded(
      'roomb.json',
      fakeResults({
        name: 'Room B',
        attempts: [
          fakeAttempt({
            id: 'r2',
            log: withHands(choicesLog(desk, [0, 0, 0, 0]), 'reception', [5, 1, 2]),
          }),
        ],
      }),
    );
    const alone = graded('ana.json', fakeResults({ name: 'Ana' }));
    const summary = summarise([room, roomB, alone], { scenarios: [desk] });
    const reception = summary.branchPoints.find((b) => b.node === 'reception');
    expect(reception?.choices.map((c) => [c.id, c.count, c.hands])).toEqual([
      ['reception.1', 2, 14],
      ['reception.2', 1, 15],
      ['reception.3', 0, 2],
    ]);
    expect(reception?.rooms).toBe(2);
    expect(reception?.hands).toBe(31);
    expect(reception?.total).toBe(3);
    // A point no room counted has no hands.
    const other = summary.branchPoints.find((b) => b.node !== 'reception');
    expect(other?.rooms).toBe(0);
    expect(other?.choices.every((c) => c.hands === 0)).toBe(true);
  });

  it('keeps hands for a line the built-in scenario does not have', () => {
    const log = withHands(choicesLog(desk, [1, 1]), 'reception', [1, 2, 3, 4]);
    const summary = summarise(
      [graded('r.json', fakeResults({ attempts: [fakeAttempt({ log })] }))],
      { scenarios: [desk] },
    );
    const reception = summary.branchPoints.find((b) => b.node === 'reception');
    expect(reception?.choices.at(-1)).toEqual(
      expect.objectContaining({ id: 'reception.4', authored: false, count: 0, hands: 4 }),
    );
  });
});

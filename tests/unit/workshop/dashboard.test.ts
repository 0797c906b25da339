import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeCall } from '../../../src/scoring/index';
import { DIMENSIONS } from '../../../src/scoring/types';
import { type GradedFile, gradeResults } from '../../../src/workshop/classResults';
import { problemWording, summarise } from '../../../src/workshop/dashboard';
import { parseResultsFile, type ResultsFile } from '../../../src/workshop/results';
import { spreadOf } from '../../../src/workshop/spread';
import { builtIn, choicesLog, fakeAttempt, fakeResults } from '../../helpers/resultsFakes';

const desk = builtIn('friendly-receptionist');

function graded(fileName: string, results: ResultsFile): GradedFile {
  // Through the file format, as the dashboard reads it.
  const parsed = parseResultsFile(JSON.stringify(results), { fileName });
  if (!parsed.ok) throw new Error(parsed.reason);
  const outcome = gradeResults({ fileName, results: parsed.results });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.file;
}

const good = [0, 0, 0, 0];
const curt = [1, 1];
const pushy = [2, 2];

function person(name: string | undefined, plays: number[][], fileName = `${name}.json`) {
  return graded(
    fileName,
    fakeResults({
      ...(name ? { name } : { name: undefined }),
      attempts: plays.map((choices, i) =>
        fakeAttempt({
          id: `${name}-${i}`,
          finishedAt: `2026-03-0${i + 1}T10:00:00.000Z`,
          log: choicesLog(desk, choices),
        }),
      ),
    }),
  );
}

describe('the class dashboard', () => {
  it('grades every campaign again from its log: an edited score changes nothing', () => {
    const file = fakeResults({ attempts: [fakeAttempt({ log: choicesLog(desk, pushy) })] });
    const edited = JSON.parse(JSON.stringify(file));
    edited.attempts[0].shownScore = 100;
    edited.attempts[0].scorecard = { overall: 100 };
    edited.attempts[0].overall = 100;
    const summary = summarise([graded('edited.json', edited)]);
    const truth = gradeCall(choicesLog(desk, pushy)).overall;
    expect(truth).toBeLessThan(90);
    expect(summary.overall?.max).toBe(truth);
    expect(summary.rows[0]?.latest.card.overall).toBe(truth);
  });

  it('refuses a file whose logs the grader cannot read, naming the campaign', () => {
    const outcome = gradeResults({ fileName: 'x.json', results: fakeResults() }, () => {
      throw new Error('boom');
    });
    expect(outcome).toEqual({
      ok: false,
      reason: 'Attempt 1 → log: its calls could not be graded, so its scores cannot be known.',
    });
  });

  it('counts the most common problems as “N of campaigns”, alike wordings together', () => {
    const summary = summarise([
      person('Ana', [good]),
      person('Ben', [pushy]),
      person('Cy', [pushy, curt]),
    ]);
    expect(summary.campaigns).toBe(4);
    const noThanks = summary.problems.find((p) => p.text === 'You did not thank them.');
    expect(noThanks).toMatchObject({ tip: 'T3', campaigns: 3, participants: 2 });
    const anxious = summary.problems.find((p) => p.text === '“…” sounds pushy or anxious.');
    expect(anxious).toMatchObject({ tip: 'T4', campaigns: 2, participants: 2 });
    // Most common first.
    const counts = summary.problems.map((p) => p.campaigns);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(summary.tips[0]).toMatchObject({ campaigns: 4 });
    expect(summary.tips.find((t) => t.tip === 'T4')).toMatchObject({
      campaigns: 2,
      participants: 2,
    });
  });

  it('words alike problems alike, whatever their numbers and quotes', () => {
    expect(problemWording('This was voicemail number 3. Two is plenty.')).toBe(
      'This was voicemail number N. Two is plenty.',
    );
    expect(problemWording('You called at 21:40, at night')).toBe('You called at HH:MM, at night');
    expect(problemWording('“really need” sounds pushy')).toBe('“…” sounds pushy');
  });

  it('gives each dimension its spread over the campaigns it could judge', () => {
    const files = [person('Ana', [good]), person('Ben', [pushy]), person('Cy', [curt])];
    const summary = summarise(files);
    const cards = files.flatMap((f) => f.campaigns.map((c) => c.card));
    expect(summary.overall).toEqual(spreadOf(cards.map((c) => c.overall)));
    for (const d of summary.dimensions) {
      const judged = cards.filter((c) => c.dimensions[d.dimension].applies !== false);
      expect(d.notJudged).toBe(cards.length - judged.length);
      expect(d.spread?.n ?? 0).toBe(judged.length);
    }
    expect(summary.dimensions.map((d) => d.dimension)).toEqual([...DIMENSIONS]);
  });

  it('lists who finished which scenario, and who finished all of a pack', () => {
    const filled = builtIn('position-filled');
    const both = graded(
      'ana.json',
      fakeResults({
        name: 'Ana',
        attempts: [
          fakeAttempt({ id: 'a1' }),
          fakeAttempt({
            id: 'a2',
            scenarioId: filled.id,
            scenarioTitle: filled.title,
            log: choicesLog(filled, [0, 0, 0]),
          }),
        ],
      }),
    );
    const summary = summarise([both, person('Ben', [good]), person(undefined, [], 'blank.json')], {
      expected: [desk.id, filled.id],
    });
    expect(summary.participants.map((p) => p.label)).toEqual([
      'Ana',
      'Ben',
      'No name (blank.json)',
    ]);
    expect(summary.completion?.complete.map((p) => p.label)).toEqual(['Ana']);
    expect(summary.completion?.incomplete.map((i) => [i.participant.label, i.missing])).toEqual([
      ['Ben', [filled.id]],
      ['No name (blank.json)', [desk.id, filled.id]],
    ]);
    const front = summary.scenarios.find((s) => s.scenarioId === desk.id);
    expect(front?.participants.map((p) => p.label)).toEqual(['Ana', 'Ben']);
  });

  it('counts each authored choice at each branch point, with the scenario’s words', () => {
    const summary = summarise(
      [person('Ana', [good]), person('Ben', [pushy]), person('Cy', [curt, curt])],
      { scenarios: [desk] },
    );
    const reception = summary.branchPoints.find((b) => b.node === 'reception');
    expect(reception?.choices.map((c) => [c.id, c.count])).toEqual([
      ['reception.1', 1],
      ['reception.2', 2],
      ['reception.3', 1],
    ]);
    expect(reception?.total).toBe(4);
    expect(reception?.choices[0]?.text).toMatch(/^Hi Dana, this is \[your name\]\./);
    expect(reception?.prompt).toMatch(/^\[Good morning \/ afternoon\], Harbor Lane/);
    // Without the scenario the words come from the calls, and only chosen lines are known.
    const unknown = summarise([person('Ben', [pushy])]).branchPoints.find(
      (b) => b.node === 'reception',
    );
    expect(unknown?.choices).toEqual([
      expect.objectContaining({ id: 'reception.3', number: 3, authored: false, count: 1 }),
    ]);
  });

  it('counts the same campaign handed in twice once, and one name in two files as one person', () => {
    const first = person('Sam', [good], 'sam-1.json');
    const again = graded(
      'sam-2.json',
      fakeResults({
        name: 'sam',
        attempts: [fakeAttempt({ id: 'Sam-0', log: choicesLog(desk, good) })],
      }),
    );
    const summary = summarise([first, again]);
    expect(summary.participants).toHaveLength(1);
    expect(summary.campaigns).toBe(1);
    expect(summary.rows[0]?.files).toEqual(['sam-1.json']);
  });

  it('comes out the same whatever order the files were dropped in', () => {
    const plays = [good, curt, pushy, [1, 2, 0], [0, 1]];
    const files = ['Ana', 'Ben', 'Cy', 'Dee', 'Émile', '李'].map((name, i) =>
      person(name, [plays[i % plays.length] ?? good, plays[(i + 2) % plays.length] ?? good]),
    );
    const expected = JSON.stringify(summarise(files, { scenarios: [desk], expected: [desk.id] }));
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: files.length }), (shuffled) => {
        expect(
          JSON.stringify(summarise(shuffled, { scenarios: [desk], expected: [desk.id] })),
        ).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps its counts consistent over generated classes', () => {
    const play = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 });
    const cls = fc.array(
      fc.record({
        name: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
        plays: fc.array(play, { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(cls, (people) => {
        const files = people.map((p, i) => person(p.name, p.plays, `f${i}.json`));
        const summary = summarise(files, { scenarios: [desk] });
        const total = people.reduce((n, p) => n + p.plays.length, 0);
        expect(summary.campaigns).toBeLessThanOrEqual(total);
        expect(summary.overall?.n ?? 0).toBe(summary.campaigns);
        const s = summary.overall;
        if (s)
          expect(s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max).toBe(true);
        for (const p of summary.problems) {
          expect(p.campaigns).toBeLessThanOrEqual(summary.campaigns);
          expect(p.participants).toBeLessThanOrEqual(p.campaigns);
        }
        expect(summary.rows.reduce((n, r) => n + r.campaigns, 0)).toBe(summary.campaigns);
        for (const b of summary.branchPoints) {
          expect(b.total).toBe(b.choices.reduce((n, c) => n + c.count, 0) + b.ownWords);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('a spread', () => {
  it('gives the five numbers and the mean, quartiles interpolated', () => {
    expect(spreadOf([])).toBeUndefined();
    expect(spreadOf([50])).toEqual({
      n: 1,
      mean: 50,
      min: 50,
      q1: 50,
      median: 50,
      q3: 50,
      max: 50,
    });
    expect(spreadOf([100, 0, 40, 60])).toEqual({
      n: 4,
      mean: 50,
      min: 0,
      q1: 30,
      median: 50,
      q3: 70,
      max: 100,
    });
  });
});

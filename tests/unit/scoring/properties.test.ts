import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyIntents,
  DIMENSIONS,
  gradeCall,
  gradeLine,
  INTENTS,
  parseCallLog,
  REACHED,
} from '../../../src/scoring/index';

const RUNS = { numRuns: 150 };

// Words a caller might say, so generated lines hit the rules and not only random noise.
const WORDS = [
  'hi',
  'thanks',
  'please',
  'um',
  'like,',
  'you know',
  'interview',
  'position',
  'filled',
  'when',
  'decision',
  'I',
  "I'm",
  'Sam',
  'need',
  'answer',
  'today',
  'years',
  'experience',
  'MBA',
  'call',
  'me',
  'back',
  '555-010-2020',
  'bye',
  '!!!',
  'WHY',
  'still',
  'interested',
  'could',
  'you',
];
const phrase = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' '));
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  phrase,
);

const turn = fc.record({
  speaker: fc.constantFrom('me', 'them'),
  text,
  seconds: fc.option(fc.double({ min: 0.1, max: 300, noNaN: true }), { nil: undefined }),
});
const attempt = fc.record({
  day: fc.integer({ min: 0, max: 60 }),
  time: fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  reached: fc.constantFrom(...REACHED),
  turns: fc.array(turn, { maxLength: 6 }),
});
const validLog = fc.record(
  {
    scenario: fc.string({ maxLength: 20 }),
    thankYouNote: fc.boolean(),
    attempts: fc.array(attempt, { maxLength: 6 }),
    movedOn: fc.boolean(),
  },
  { requiredKeys: ['attempts'] },
);

function inRange(x: number): boolean {
  return Number.isInteger(x) && x >= 0 && x <= 100;
}

describe('grader properties', () => {
  it('grades any string without throwing, with scores in 0-100 and known intents', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, ...REACHED), (t, reached) => {
        const g = gradeLine({ text: t, reached });
        expect(inRange(g.politeness)).toBe(true);
        expect(inRange(g.brevity)).toBe(true);
        expect(g.words).toBeGreaterThanOrEqual(0);
        expect(g.fillers).toBeGreaterThanOrEqual(0);
        for (const i of g.intents) expect(INTENTS).toContain(i);
        expect(g.pushy).toBe(g.intents.includes('pressure'));
      }),
      RUNS,
    );
  });

  it('gives the same answer for the same line', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(gradeLine({ text: t })).toEqual(gradeLine({ text: t }));
        expect(classifyIntents(t)).toEqual(classifyIntents(t));
      }),
      RUNS,
    );
  });

  it('grades any valid call log with scores in 0-100 and points that explain every loss', () => {
    fc.assert(
      fc.property(validLog, (log) => {
        const parsed = parseCallLog(log);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const card = gradeCall(parsed.log);
        expect(inRange(card.overall)).toBe(true);
        for (const d of DIMENSIONS) {
          const score = card.dimensions[d].score;
          expect(inRange(score)).toBe(true);
          const points = card.findings
            .filter((f) => f.dimension === d)
            .reduce((sum, f) => sum + (f.points ?? 0), 0);
          expect(points).toBe(100 - score);
        }
        for (const f of card.findings) {
          if (f.attempt !== undefined) expect(f.attempt).toBeLessThan(log.attempts.length);
          if (f.turn !== undefined && f.attempt !== undefined) {
            expect(f.turn).toBeLessThan(log.attempts[f.attempt]?.turns.length ?? 0);
          }
        }
        expect(gradeCall(parsed.log)).toEqual(card);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on broken call logs and explains what is wrong', () => {
    const broken = fc.oneof(
      fc.anything(),
      fc.record({ attempts: fc.array(fc.anything(), { maxLength: 3 }) }),
      validLog.chain((log) =>
        fc.constantFrom('day', 'time', 'reached', 'turns').map((key) => ({
          ...log,
          attempts: [
            ...log.attempts,
            { day: 3, time: '10:00', reached: 'voicemail', [key]: 'oops' },
          ],
        })),
      ),
    );
    fc.assert(
      fc.property(broken, (value) => {
        const parsed = parseCallLog(value);
        if (parsed.ok) {
          const card = gradeCall(parsed.log);
          expect(inRange(card.overall)).toBe(true);
        } else {
          expect(parsed.error.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});

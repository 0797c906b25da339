/**
 * Whole-call calibration: one serious fault keeps a call out of the top band, night calls
 * cost a lot, and findings point at the attempt and turn they are about.
 */
import { describe, expect, it } from 'vitest';
import { type Finding, gradeCall, WORST_PULL } from '../../../src/scoring/index';
import { fakeAttempt, fakeLog, goodVoicemailTurns, me, them } from './fakes';

const improve = (f: Finding) => f.kind === 'improve' && (f.points ?? 0) > 0;

describe('overall', () => {
  it('is pulled toward the weakest dimension, not just averaged', () => {
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ day: 0 })] }));
    const d = card.dimensions;
    const mean = (30 * d.timing.score + 15 * 100 + 20 * 100 + 20 * 100 + 15 * 100) / 100;
    expect(d.timing.score).toBeLessThan(100);
    expect(card.overall).toBe(Math.round(mean - WORST_PULL * (mean - d.timing.score)));
    expect(card.overall).toBeLessThan(80);
    expect(gradeCall(fakeLog()).overall).toBe(100);
  });

  it('keeps a call with one ultimatum out of the top band', () => {
    const card = gradeCall(
      fakeLog({
        attempts: [
          fakeAttempt({
            turns: [
              them('Priya Patel.'),
              me("Hello, it's Sam Lee from Monday's interview. I'm still very interested."),
              them("We haven't decided yet."),
              me("I need an answer by tomorrow or I'll take another offer. Thanks, bye."),
            ],
          }),
        ],
      }),
    );
    expect(card.overall).toBeLessThan(80);
  });
});

describe('findings', () => {
  it('costs a call at night more than one just after hours', () => {
    const at = (time: string) => gradeCall(fakeLog({ attempts: [fakeAttempt({ time })] }));
    expect(at('23:00').dimensions.timing.score).toBeLessThanOrEqual(65);
    expect(at('23:00').dimensions.timing.score).toBeLessThan(at('18:30').dimensions.timing.score);
  });

  it('does not ask the caller to ask when the interviewer is free once the receptionist said', () => {
    const call = (told: string) =>
      gradeCall(
        fakeLog({
          attempts: [
            fakeAttempt({
              reached: 'receptionist',
              turns: [
                them('Northwind, good morning.'),
                me("Good morning, it's Sam Lee. Could I speak with Ms. Patel, please?"),
                them(told),
                me("I'll try again then. Thank you, bye."),
              ],
            }),
          ],
        }),
      );
    const askedWhen = (card: ReturnType<typeof gradeCall>) =>
      card.findings.some((f) => improve(f) && /when they would be free/.test(f.message));
    expect(askedWhen(call("She's out today; she'll be back in on Thursday."))).toBe(false);
    expect(askedWhen(call("She's out of the office today."))).toBe(true);
  });

  it('points "you plan to keep calling" at the last attempt', () => {
    const vm = (day: number) =>
      fakeAttempt({ day, reached: 'voicemail', turns: goodVoicemailTurns() });
    const card = gradeCall({ attempts: [vm(3), vm(21)], movedOn: false });
    const keepOn = card.findings.filter(
      (f) => improve(f) && f.dimension === 'timing' && /keep calling/.test(f.message),
    );
    expect(keepOn).toHaveLength(1);
    expect(keepOn[0]?.attempt).toBe(1);
  });

  it("points a missing thank-you at the caller's last turn", () => {
    const card = gradeCall(
      fakeLog({
        attempts: [
          fakeAttempt({
            turns: [
              them('Priya Patel.'),
              me("Hello, it's Sam Lee. I'm still interested. Is the role still open?"),
              them('It is. We decide next week.'),
              me('Okay. Bye.'),
            ],
          }),
        ],
      }),
    );
    const thanks = card.findings.filter((f) => improve(f) && /thank/i.test(f.message));
    expect(thanks.length).toBeGreaterThan(0);
    for (const f of thanks) expect(f.turn, f.message).toBe(3);
  });
});

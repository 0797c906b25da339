import { describe, expect, it } from 'vitest';
import { type Finding, gradeCall, type Scorecard } from '../../../src/scoring/index';
import { fakeAttempt, fakeLog, goodVoicemailTurns, me, them } from './fakes';

const lost = (card: Scorecard, pick: (f: Finding) => boolean) =>
  card.findings.filter((f) => f.kind === 'improve' && (f.points ?? 0) > 0 && pick(f));

describe('calls where the caller says nothing', () => {
  it('costs purpose and politeness when the caller hangs up on the interviewer', () => {
    const card = gradeCall(
      fakeLog({ attempts: [fakeAttempt({ turns: [them('Priya Patel speaking.')] })] }),
    );
    expect(card.dimensions.purpose.applies).toBe(true);
    expect(card.dimensions.purpose.weight).toBeGreaterThan(0);
    expect(card.dimensions.purpose.score).toBeLessThanOrEqual(40);
    expect(card.dimensions.politeness.applies).toBe(true);
    expect(card.dimensions.politeness.score).toBeLessThan(100);
    const [purpose] = lost(card, (f) => f.dimension === 'purpose');
    expect(purpose).toMatchObject({ tip: 'T3', attempt: 0 });
    expect(purpose?.message).toMatch(/hung up without saying why you called/i);
    expect(purpose?.suggestion).toBeTruthy();
    expect(lost(card, (f) => f.dimension === 'politeness')[0]).toMatchObject({ attempt: 0 });
    expect(card.overall).toBeLessThan(80);
    expect(card.findings.some((f) => /reached the interviewer in person/.test(f.message))).toBe(
      false,
    );
  });

  it('costs points for hanging up on a receptionist without a word', () => {
    const card = gradeCall(
      fakeLog({
        attempts: [
          fakeAttempt({ reached: 'receptionist', turns: [them('Good morning, Acme Analytics.')] }),
        ],
      }),
    );
    const [purpose] = lost(card, (f) => f.dimension === 'purpose');
    expect(purpose).toMatchObject({ tip: 'T2', attempt: 0 });
    expect(lost(card, (f) => f.dimension === 'politeness')).toHaveLength(1);
    expect(card.overall).toBeLessThan(80);
  });

  it('costs purpose for an empty voicemail, pointing at the empty turn', () => {
    const card = gradeCall(
      fakeLog({
        attempts: [
          fakeAttempt({
            reached: 'voicemail',
            turns: [them('You have reached Priya Patel. Please leave a message.'), me('')],
          }),
        ],
      }),
    );
    const found = lost(card, (f) => f.dimension === 'purpose');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ tip: 'T2', attempt: 0, turn: 1 });
    expect(card.dimensions.purpose.score).toBeLessThan(60);
    expect(card.overall).toBeLessThan(80);
  });

  it('costs purpose for hanging up on the first voicemail, not after two messages were left', () => {
    const first = gradeCall(
      fakeLog({
        attempts: [
          fakeAttempt({
            reached: 'voicemail',
            turns: [them('You have reached Priya Patel. Please leave a message.')],
          }),
        ],
      }),
    );
    expect(lost(first, (f) => f.dimension === 'purpose')[0]).toMatchObject({
      tip: 'T2',
      attempt: 0,
    });
    // Hanging up on a voicemail is not rude: no politeness finding.
    expect(lost(first, (f) => f.dimension === 'politeness')).toHaveLength(0);
    const vm = (day: number) =>
      fakeAttempt({ day, reached: 'voicemail', turns: goodVoicemailTurns() });
    const third = gradeCall(
      fakeLog({
        attempts: [
          vm(3),
          vm(6),
          fakeAttempt({
            day: 9,
            reached: 'voicemail',
            turns: [them('You have reached Priya Patel. Please leave a message.')],
          }),
        ],
      }),
    );
    expect(lost(third, (f) => f.dimension === 'purpose' && f.attempt === 2)).toHaveLength(0);
  });

  it('leaves purpose and politeness unjudged when nobody answered', () => {
    const card = gradeCall(
      fakeLog({ attempts: [fakeAttempt({ reached: 'no_answer', turns: [] })] }),
    );
    expect(card.dimensions.purpose.applies).toBe(false);
    expect(card.dimensions.politeness.applies).toBe(false);
  });

  it('words the early moving-on finding by whether the call was answered', () => {
    const answered = gradeCall(
      fakeLog({
        movedOn: true,
        attempts: [fakeAttempt({ reached: 'receptionist', turns: [them('Acme, good morning.')] })],
      }),
    );
    const a = answered.findings.find((f) => /moved on after a single/.test(f.message));
    expect(a?.message).not.toMatch(/unanswered/);
    const unanswered = gradeCall(
      fakeLog({ movedOn: true, attempts: [fakeAttempt({ reached: 'no_answer', turns: [] })] }),
    );
    const u = unanswered.findings.find((f) => /moved on after a single/.test(f.message));
    expect(u?.message).toMatch(/unanswered/);
  });
});

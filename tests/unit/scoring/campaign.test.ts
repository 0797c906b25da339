import { describe, expect, it } from 'vitest';
import { type Finding, gradeCall, type Scorecard } from '../../../src/scoring/index';
import { fakeAttempt, fakeLog, goodInterviewerTurns, me, them } from './fakes';

const improvements = (card: Scorecard, pick: (f: Finding) => boolean) =>
  card.findings.filter((f) => f.kind === 'improve' && pick(f));

describe('gradeCall across a campaign', () => {
  it('penalises calling back sooner than the time they asked for', () => {
    const busy = fakeAttempt({
      day: 3,
      turns: [
        them("I'm swamped today. Can you call me back next week?"),
        me("Of course, I'll call next week. Thanks, Sam Lee here, bye!"),
      ],
    });
    const card = gradeCall(fakeLog({ attempts: [busy, fakeAttempt({ day: 4 })] }));
    const f = improvements(card, (x) => x.tip === 'T1' && x.attempt === 1);
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/next week/);
  });

  it('does not penalise calling back on the day they named', () => {
    const busy = fakeAttempt({
      day: 3,
      turns: [them('Can you call me back next week?'), me('Sure, thank you. Bye!')],
    });
    const card = gradeCall(fakeLog({ attempts: [busy, fakeAttempt({ day: 7 })] }));
    expect(improvements(card, (x) => x.tip === 'T1')).toHaveLength(0);
  });

  it('accepts agreeing to a named callback time instead of asking for one', () => {
    const busy = fakeAttempt({
      turns: [
        them("Hi Sam. I'm in the middle of something, can you call me back tomorrow?"),
        me('Of course, tomorrow works. Thank you!'),
      ],
    });
    const card = gradeCall(fakeLog({ attempts: [busy] }));
    expect(improvements(card, (f) => f.dimension === 'purpose')).toHaveLength(0);
  });

  it('does not ask a caller the interviewer already greeted by name to introduce themselves', () => {
    const first = fakeAttempt({ day: 3 });
    const second = fakeAttempt({
      day: 7,
      turns: [
        them('Oh, Sam! Good to hear from you.'),
        me(
          "Hi Ms. Patel, I'm still very interested. Is the role still open, and when will you decide?",
        ),
        them('We will decide by Friday.'),
        me('Thank you so much, have a good day!'),
      ],
    });
    const card = gradeCall(fakeLog({ attempts: [first, second] }));
    expect(
      improvements(card, (f) => f.attempt === 1 && /who you are|your name/.test(f.message)),
    ).toEqual([]);
  });

  it('penalises calling again after being told not to keep waiting', () => {
    const discouraging = fakeAttempt({
      reached: 'receptionist',
      turns: [
        them(
          'Honestly, the role has been put on hold. I would hate for you to keep waiting on it.',
        ),
        me('I appreciate you telling me. Thank you, this is Sam Lee. Bye!'),
      ],
    });
    const card = gradeCall(
      fakeLog({
        attempts: [discouraging, fakeAttempt({ day: 12, reached: 'no_answer', turns: [] })],
      }),
    );
    expect(improvements(card, (f) => f.attempt === 1 && f.tip === 'T2')).toHaveLength(1);
  });

  it('penalises planning to keep calling after a long silence', () => {
    const vm = (day: number) =>
      fakeAttempt({
        day,
        reached: 'voicemail',
        turns: [
          me("Hi, this is Sam Lee about the analyst role; I'm still keen. 555-010-2020. Thanks!"),
        ],
      });
    const card = gradeCall(
      fakeLog({
        attempts: [vm(3), vm(6), fakeAttempt({ day: 12, reached: 'no_answer', turns: [] })],
        movedOn: false,
      }),
    );
    expect(
      improvements(card, (f) => f.tip === 'T2' && /keep calling/.test(f.message)),
    ).toHaveLength(1);
  });

  it('counts a nervous, insistent line against composure', () => {
    const turns = [
      them('Priya speaking.'),
      me(
        "Hi, it's Sam Lee. Sorry, I'm just really nervous, I can't stop thinking about it. I just need to know.",
      ),
    ];
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ turns })] }));
    expect(improvements(card, (f) => f.dimension === 'composure' && f.turn === 1)).not.toHaveLength(
      0,
    );
  });

  it('counts arguing with a filled post against composure', () => {
    const turns = [
      them('I am sorry, we offered the position to another candidate.'),
      me('I think you have made a mistake. Can you reconsider?'),
    ];
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ turns })] }));
    expect(improvements(card, (f) => f.dimension === 'composure')).not.toHaveLength(0);
    expect(improvements(card, (f) => /decision is expected/.test(f.message))).toHaveLength(0);
  });

  it('credits a thank-you note and docks a little when there was none', () => {
    const sent = gradeCall(fakeLog({ thankYouNote: true }));
    expect(sent.findings.some((f) => f.kind === 'good' && f.tip === 'T0')).toBe(true);
    const none = gradeCall(fakeLog({ thankYouNote: false }));
    expect(improvements(none, (f) => f.tip === 'T0')[0]?.points).toBe(3);
  });

  it('keeps attempt indices in log order when the log is not in calendar order', () => {
    const early = fakeAttempt({ day: 0, turns: goodInterviewerTurns() });
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ day: 5 }), early] }));
    expect(improvements(card, (f) => f.tip === 'T1')[0]?.attempt).toBe(1);
  });

  it('reports a log with no calls as a timing problem', () => {
    const card = gradeCall({ attempts: [] });
    expect(card.dimensions.timing.score).toBeLessThan(100);
    expect(card.overall).toBeLessThan(100);
  });
});

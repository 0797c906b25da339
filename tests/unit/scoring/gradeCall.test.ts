import { describe, expect, it } from 'vitest';
import {
  DIMENSIONS,
  type Finding,
  gradeCall,
  gradeLine,
  type Scorecard,
} from '../../../src/scoring/index';
import { fakeAttempt, fakeLog, goodReceptionistTurns, goodVoicemailTurns, me, them } from './fakes';

const lost = (card: Scorecard, pick: (f: Finding) => boolean) =>
  card.findings.filter((f) => f.kind === 'improve' && pick(f));

const voicemail = (day: number, time = '10:00') =>
  fakeAttempt({ day, time, reached: 'voicemail', turns: goodVoicemailTurns() });

describe('gradeCall', () => {
  it('gives a model call full marks in every dimension', () => {
    const card = gradeCall(fakeLog());
    for (const d of DIMENSIONS) expect(card.dimensions[d].score, d).toBe(100);
    expect(card.overall).toBe(100);
    expect(card.findings.some((f) => f.kind === 'good')).toBe(true);
  });

  it('explains every point lost with findings whose points add up', () => {
    const card = gradeCall(
      fakeLog({
        attempts: [
          fakeAttempt({
            day: 0,
            time: '21:00',
            turns: [me('When do I start? I need an answer now.')],
          }),
        ],
      }),
    );
    for (const d of DIMENSIONS) {
      const sum = card.findings
        .filter((f) => f.dimension === d)
        .reduce((s, f) => s + (f.points ?? 0), 0);
      expect(sum, d).toBe(100 - card.dimensions[d].score);
    }
    expect(card.overall).toBeLessThan(60);
  });

  it('penalises a call on the day after the interview', () => {
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ day: 1 })] }));
    const f = lost(card, (x) => x.dimension === 'timing' && x.tip === 'T1');
    expect(f).toHaveLength(1);
    expect(f[0]?.attempt).toBe(0);
    expect(card.dimensions.timing.score).toBeLessThan(80);
  });

  it('credits waiting two to three days', () => {
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ day: 2 })] }));
    expect(card.findings.some((f) => f.kind === 'good' && f.tip === 'T1')).toBe(true);
  });

  it('penalises calling outside business hours', () => {
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ time: '20:15' })] }));
    expect(lost(card, (f) => f.dimension === 'timing' && f.message.includes('20:15'))).toHaveLength(
      1,
    );
  });

  it('penalises a third voicemail', () => {
    const card = gradeCall(fakeLog({ attempts: [voicemail(3), voicemail(5), voicemail(7)] }));
    const third = lost(
      card,
      (f) => f.dimension === 'timing' && f.attempt === 2 && /voicemail/.test(f.message),
    );
    expect(third).toHaveLength(1);
    expect(third[0]?.tip).toBe('T2');
  });

  it('penalises two voicemails on the same day', () => {
    const card = gradeCall(fakeLog({ attempts: [voicemail(3, '10:00'), voicemail(3, '14:00')] }));
    expect(lost(card, (f) => /same day/.test(f.message))).toHaveLength(1);
  });

  it('penalises redialling minutes apart', () => {
    const card = gradeCall(
      fakeLog({
        attempts: [
          fakeAttempt({ reached: 'no_answer', turns: [], time: '10:00' }),
          fakeAttempt({ reached: 'no_answer', turns: [], time: '10:05' }),
        ],
      }),
    );
    const f = lost(card, (x) => /redialled/.test(x.message));
    expect(f).toHaveLength(1);
    expect(f[0]?.attempt).toBe(1);
  });

  it('penalises calling on after two unanswered voicemails and a long silence', () => {
    const card = gradeCall(
      fakeLog({
        attempts: [
          voicemail(3),
          voicemail(6),
          fakeAttempt({ day: 14, reached: 'no_answer', turns: [] }),
        ],
      }),
    );
    expect(
      lost(card, (f) => f.attempt === 2 && f.tip === 'T2' && f.dimension === 'timing'),
    ).toHaveLength(1);
  });

  it('credits moving on after a long silence', () => {
    const card = gradeCall(fakeLog({ attempts: [voicemail(3), voicemail(6)], movedOn: true }));
    expect(card.findings.some((f) => f.kind === 'good' && /moved on/.test(f.message))).toBe(true);
  });

  it('penalises calling again after hearing the post is filled', () => {
    const filled = fakeAttempt({
      turns: [them('I am sorry, the position has been filled.'), me('Oh, I see. Thank you.')],
    });
    const card = gradeCall(fakeLog({ attempts: [filled, fakeAttempt({ day: 6 })] }));
    expect(lost(card, (f) => f.attempt === 1 && /filled/.test(f.message))).toHaveLength(1);
  });

  it('penalises a long voicemail', () => {
    const long = fakeAttempt({
      reached: 'voicemail',
      turns: [
        me(`${goodVoicemailTurns()[1]?.text} ${'I also wanted to add something. '.repeat(8)}`, 55),
      ],
    });
    const card = gradeCall(fakeLog({ attempts: [long] }));
    expect(
      lost(card, (f) => f.dimension === 'brevity' && /voicemail/.test(f.message)),
    ).toHaveLength(1);
  });

  it('penalises reciting credentials on the call', () => {
    const turns = [
      them('Priya Patel speaking.'),
      me(
        'Hi, this is Sam Lee. As I said, I have ten years of experience in sales and an MBA from Ohio State.',
      ),
    ];
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ turns })] }));
    const f = lost(card, (x) => x.dimension === 'brevity' && x.tip === 'T3' && x.turn === 1);
    expect(f).toHaveLength(1);
  });

  it('adds up single points of qualification across turns into one recital finding', () => {
    const oneEach = [
      them('Priya Patel speaking.'),
      me('Hi, this is Sam Lee, I interviewed for the analyst role. I also know Excel well.'),
      them('Thanks, Sam. We are still deciding.'),
      me('Sure. I know Salesforce too, by the way.'),
    ];
    const each = oneEach.filter((t) => t.speaker === 'me').map((t) => gradeLine({ text: t.text }));
    // Neither line alone is a recital; each makes one point.
    expect(each.map((g) => g.recitesCredentials)).toEqual([false, false]);
    expect(each.every((g) => (g.sellingPoints ?? 0) > 0)).toBe(true);
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ turns: oneEach })] }));
    const f = lost(card, (x) => x.dimension === 'brevity' && /separate points/.test(x.message));
    expect(f).toHaveLength(1);
    expect(f[0]?.turn).toBe(3);
    expect(card.findings.some((x) => /did not re-argue/.test(x.message))).toBe(false);
    // One point on its own is fine.
    const single = gradeCall(fakeLog({ attempts: [fakeAttempt({ turns: oneEach.slice(0, 3) })] }));
    expect(lost(single, (x) => /separate points/.test(x.message))).toHaveLength(0);
  });

  it('penalises pressure in politeness and composure, naming the turn', () => {
    const turns = [
      them('Priya Patel speaking.'),
      me('This is Sam. I need a decision today, I have another offer, so hurry up.'),
    ];
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ turns })] }));
    expect(
      lost(card, (f) => f.dimension === 'composure' && f.turn === 1 && f.tip === 'T4'),
    ).toHaveLength(1);
    expect(
      lost(
        card,
        (f) => f.dimension === 'politeness' && f.turn === 1 && /pressures/.test(f.message),
      ),
    ).toHaveLength(1);
    // One problem, however many dimensions it cost: listed once, with both costs.
    const here = (card.problems ?? []).filter((p) => p.attempt === 0 && p.turn === 1);
    const pushy = here.filter((p) => p.costs.composure !== undefined);
    expect(pushy).toHaveLength(1);
    expect(pushy[0]?.costs.politeness).toBeGreaterThan(0);
    expect(pushy[0]?.points).toBe(
      (pushy[0]?.costs.composure ?? 0) + (pushy[0]?.costs.politeness ?? 0),
    );
    expect(pushy[0]?.line).toBe(turns[1]?.text);
    expect(card.focus?.[0]).toBe(pushy[0]);
  });

  it('merges one problem found by several dimensions and puts the costliest first', () => {
    // No thanks anywhere: politeness (twice) and purpose each say so.
    const turns = [
      them('Priya Patel speaking.'),
      me('Hello, this is Sam Lee about the analyst role. Is the job still open?'),
    ];
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ turns })] }));
    const thanks = lost(card, (f) => /thank/i.test(f.message));
    expect(thanks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(thanks.map((f) => f.dimension))).toEqual(new Set(['politeness', 'purpose']));
    const merged = (card.problems ?? []).filter((p) => /thank/i.test(p.message));
    expect(merged).toHaveLength(1);
    expect(merged[0]?.findings).toHaveLength(thanks.length);
    expect(merged[0]?.tip).toBe('T3');
    // Every point lost is in exactly one problem.
    const total = (card.problems ?? []).reduce((s, p) => s + p.points, 0);
    const lostPoints = Object.values(card.dimensions).reduce((s, d) => s + (d.lost ?? 0), 0);
    expect(total).toBe(lostPoints);
    const points = (card.problems ?? []).map((p) => p.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(card.focus).toEqual((card.problems ?? []).filter((p) => p.points > 0).slice(0, 3));
  });

  it('cites composure (T4) for politeness, and quotes the words at fault', () => {
    const turns = [
      them('Priya Patel speaking.'),
      me('Hi, Sam Lee here. I need an answer by Friday at the latest, thanks.'),
    ];
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ turns })] }));
    for (const f of lost(card, (x) => x.dimension === 'politeness' && !/thank/i.test(x.message))) {
      expect(f.tip, f.message).toBe('T4');
    }
    const push = lost(card, (f) => f.dimension === 'politeness' && /pressures/.test(f.message))[0];
    expect(push?.phrase).toBeDefined();
    expect(turns[1]?.text.toLowerCase()).toContain(push?.phrase ?? '∅');
    expect(push?.message.startsWith(`“${push?.phrase}”`)).toBe(true);
  });

  it('asks an interviewer call for status, timeline and thanks', () => {
    const turns = [
      them('Priya Patel speaking.'),
      me('Hi, this is Sam Lee from the interview on Monday.'),
    ];
    const card = gradeCall(fakeLog({ attempts: [fakeAttempt({ turns })] }));
    const messages = lost(card, (f) => f.dimension === 'purpose').map((f) => f.message);
    expect(messages.join(' ')).toMatch(/filled/);
    expect(messages.join(' ')).toMatch(/decision/);
    expect(messages.join(' ')).toMatch(/thank/);
    expect(messages.every((m) => !/who you are/.test(m))).toBe(true);
  });

  it('judges a receptionist call by asking for the interviewer and when she is free', () => {
    const good = gradeCall(
      fakeLog({
        attempts: [fakeAttempt({ reached: 'receptionist', turns: goodReceptionistTurns() })],
      }),
    );
    expect(good.dimensions.purpose.score).toBe(100);
    const bad = gradeCall(
      fakeLog({
        attempts: [
          fakeAttempt({
            reached: 'receptionist',
            turns: [
              them('She is out of the office today.'),
              me('Okay, this is Sam Lee. Thanks, bye.'),
            ],
          }),
        ],
      }),
    );
    expect(lost(bad, (f) => f.dimension === 'purpose' && /free/.test(f.message))).toHaveLength(1);
  });

  it('judges only timing when nobody answered', () => {
    const card = gradeCall(
      fakeLog({ attempts: [fakeAttempt({ reached: 'no_answer', turns: [] })] }),
    );
    expect(card.dimensions.timing.applies).toBe(true);
    for (const d of ['brevity', 'politeness', 'purpose', 'composure'] as const) {
      expect(card.dimensions[d].applies, d).toBe(false);
    }
  });

  it('gives every improvement a suggestion and a known tip', () => {
    const card = gradeCall(
      fakeLog({ attempts: [fakeAttempt({ day: 0, time: '07:00', turns: [me('yo any news')] })] }),
    );
    for (const f of card.findings.filter((x) => x.kind === 'improve')) {
      expect(f.suggestion, f.message).toBeTruthy();
      expect(['T0', 'T1', 'T2', 'T3', 'T4']).toContain(f.tip);
    }
  });

  it('asks when the interviewer is free when the receptionist says they are with a client', () => {
    const log = (last: string) =>
      fakeLog({
        attempts: [
          fakeAttempt({
            day: 3,
            time: '10:30',
            reached: 'receptionist',
            turns: [
              them('Hale and Co, Jenny speaking.'),
              me("Hi Jenny, it's Sam Lee about Tuesday's interview. Is Mr Hale available?"),
              them("Sorry, he's with a client all day."),
              me(last),
            ],
          }),
        ],
      });
    const free = /did not ask when they would be free/;
    expect(
      lost(gradeCall(log('Oh, okay. Thanks anyway, bye.')), (f) => free.test(f.message)),
    ).toHaveLength(1);
    expect(
      lost(gradeCall(log('When would be a good time to call him back? Thanks.')), (f) =>
        free.test(f.message),
      ),
    ).toEqual([]);
  });

  it('counts interest passed on in a message earlier that day, not on another day', () => {
    const log = (laterDay: number) =>
      fakeLog({
        attempts: [
          fakeAttempt({
            day: 3,
            time: '10:30',
            reached: 'receptionist',
            turns: [
              them('Crestview, good morning.'),
              me("Good morning, it's Sam Lee about the fleet role. Is Mrs Adeyemi in?"),
              them("She's in a meeting until three."),
              me("Could you tell her I called, and that I'm still very interested? Thank you."),
            ],
          }),
          fakeAttempt({
            day: laterDay,
            time: '15:10',
            reached: 'interviewer',
            turns: [
              them('Folake Adeyemi.'),
              me(
                "Good afternoon, it's Sam Lee. Is the fleet role still open, and when will you decide?",
              ),
              them("We'll decide next week."),
              me('Thank you, goodbye.'),
            ],
          }),
        ],
      });
    const interest = /still interested in the position/;
    expect(lost(gradeCall(log(3)), (f) => interest.test(f.message))).toEqual([]);
    expect(lost(gradeCall(log(5)), (f) => interest.test(f.message))).toHaveLength(1);
  });
});

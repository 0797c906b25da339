import { describe, expect, it } from 'vitest';
import { type Calendar, dayLabel, placeIn, weekdayOf } from '../../../src/scoring/calendar';
import { type CallWindow, type Finding, gradeCall, parseCallLog } from '../../../src/scoring/index';
import { fakeAttempt, fakeLog, goodReceptionistTurns, goodVoicemailTurns } from './fakes';

// The interview on a Wednesday: day 3 is a Saturday, day 5 a Monday.
const calendar: Calendar = {
  interviewOn: 'wed',
  open: '09:00',
  close: '17:00',
  closed: ['sat', 'sun'],
};

const timing = (log: Parameters<typeof gradeCall>[0]) => gradeCall(log).findings;
const lost = (findings: Finding[], pattern: RegExp) =>
  findings.filter(
    (f) => f.dimension === 'timing' && f.kind === 'improve' && pattern.test(f.message),
  );
const praised = (findings: Finding[], pattern: RegExp) =>
  findings.filter((f) => f.dimension === 'timing' && f.kind === 'good' && pattern.test(f.message));

// "Late afternoon is your best chance, or early next week", said on a Monday (day 5).
const lateAfternoon: CallWindow = {
  kind: 'call_back',
  says: 'late afternoon, or early next week',
  spans: [
    { fromDay: 5, fromTime: '15:00', toDay: 5, toTime: '17:00' },
    { fromDay: 6, fromTime: '15:00', toDay: 6, toTime: '17:00' },
    { fromDay: 12, toDay: 13 },
  ],
};

const receptionist = (day: number, time: string, windows?: CallWindow[]) =>
  fakeAttempt({
    day,
    time,
    reached: 'receptionist',
    turns: goodReceptionistTurns(),
    ...(windows ? { windows } : {}),
  });

describe('the calendar', () => {
  it('names each day by weekday and number', () => {
    expect(weekdayOf(calendar, 0)).toBe('wed');
    expect(dayLabel(calendar, 3)).toBe('Sat · day 3');
    expect(dayLabel(calendar, 8)).toBe('Thu · day 8');
  });

  it('finds a call on a closed day, and none on an open one', () => {
    const weekend = timing(
      fakeLog({ calendar, attempts: [fakeAttempt({ day: 3, time: '10:30' })] }),
    );
    expect(lost(weekend, /Saturday/)).toHaveLength(1);
    const weekday = timing(
      fakeLog({ calendar, attempts: [fakeAttempt({ day: 5, time: '10:30' })] }),
    );
    expect(lost(weekday, /closed/)).toHaveLength(0);
  });

  it('uses the office hours the calendar gives', () => {
    const early = { ...calendar, open: '10:00', close: '16:00' };
    const findings = timing(
      fakeLog({ calendar: early, attempts: [fakeAttempt({ day: 5, time: '16:30' })] }),
    );
    expect(lost(findings, /16:30/)).toHaveLength(1);
  });
});

describe('the call’s own timetable', () => {
  it('credits a call inside the window the receptionist gave and faults one before it', () => {
    const inside = timing(
      fakeLog({
        calendar,
        attempts: [receptionist(5, '10:00', [lateAfternoon]), receptionist(5, '16:30')],
      }),
    );
    expect(lost(inside, /told to call back/)).toHaveLength(0);
    expect(praised(inside, /right on time/)).toHaveLength(1);
    const before = timing(
      fakeLog({
        calendar,
        attempts: [receptionist(5, '10:00', [lateAfternoon]), receptionist(5, '13:00')],
      }),
    );
    expect(lost(before, /told to call back late afternoon/)).toHaveLength(1);
  });

  it('faults a call long after the window closed', () => {
    const late = timing(
      fakeLog({
        calendar,
        attempts: [receptionist(5, '10:00', [lateAfternoon]), receptionist(20, '16:00')],
      }),
    );
    expect(lost(late, /long after/)).toHaveLength(1);
  });

  it('holds the caller to a promise: kept, broken, or never called', () => {
    const promise: CallWindow = {
      kind: 'promise',
      says: 'Tuesday afternoon',
      spans: [{ fromDay: 6, fromTime: '12:00', toDay: 6, toTime: '17:00' }],
    };
    const kept = timing(
      fakeLog({
        calendar,
        attempts: [receptionist(5, '10:00', [promise]), receptionist(6, '14:00')],
      }),
    );
    expect(praised(kept, /as you said you would/)).toHaveLength(1);
    const broken = timing(
      fakeLog({
        calendar,
        attempts: [receptionist(5, '10:00', [promise]), receptionist(6, '09:30')],
      }),
    );
    expect(lost(broken, /said you would call Tuesday afternoon, but called earlier/)).toHaveLength(
      1,
    );
    const never = timing(
      fakeLog({ calendar, movedOn: false, attempts: [receptionist(5, '10:00', [promise])] }),
    );
    expect(lost(never, /did not call again/)).toHaveLength(1);
  });

  it('faults a call before the decision the interviewer named, not one after', () => {
    const decision: CallWindow = {
      kind: 'decision',
      says: 'late next week',
      spans: [{ fromDay: 15, toDay: 16 }],
    };
    const interviewer = (day: number, windows?: CallWindow[]) =>
      fakeAttempt({ day, time: '10:30', ...(windows ? { windows } : {}) });
    const nextDay = timing(
      fakeLog({ calendar, attempts: [interviewer(5, [decision]), interviewer(6)] }),
    );
    expect(lost(nextDay, /decision would come late next week/)).toHaveLength(1);
    const waited = timing(
      fakeLog({ calendar, attempts: [interviewer(5, [decision]), interviewer(17)] }),
    );
    expect(lost(waited, /decision would come/)).toHaveLength(0);
  });

  it('judges the first call by the decision date the interview gave', () => {
    const decision: CallWindow = {
      kind: 'decision',
      says: 'within a week or so',
      spans: [{ fromDay: 0, toDay: 8 }],
    };
    const day8 = timing(fakeLog({ decision, attempts: [fakeAttempt({ day: 8 })] }));
    expect(lost(day8, /decision may already have been made/)).toHaveLength(0);
    expect(praised(day8, /within a week or so/)).toHaveLength(1);
    const without = timing(fakeLog({ attempts: [fakeAttempt({ day: 8 })] }));
    expect(lost(without, /decision may already have been made/)).toHaveLength(1);
  });
});

describe('spacing', () => {
  const voicemail = (day: number, time: string) =>
    fakeAttempt({ day, time, reached: 'voicemail', turns: goodVoicemailTurns() });

  it('faults two voicemails hours apart overnight, not two days apart', () => {
    const overnight = timing(fakeLog({ attempts: [voicemail(3, '16:30'), voicemail(4, '09:00')] }));
    expect(lost(overnight, /only 16.5 hours after the first/)).toHaveLength(1);
    const apart = timing(fakeLog({ attempts: [voicemail(3, '16:30'), voicemail(5, '10:00')] }));
    expect(lost(apart, /hours after the first/)).toHaveLength(0);
    expect(praised(apart, /two voicemails, on different days/)).toHaveLength(1);
  });

  it('faults calls on four days running', () => {
    const days = [3, 4, 5, 6].map((day) => receptionist(day, '10:00'));
    expect(lost(timing(fakeLog({ attempts: days })), /4 days running/)).toHaveLength(1);
    const three = [3, 4, 5].map((day) => receptionist(day, '10:00'));
    expect(lost(timing(fakeLog({ attempts: three })), /days running/)).toHaveLength(0);
  });
});

describe('the log carries the calendar and windows', () => {
  it('validates them, and refuses a bad weekday or window', () => {
    const log = fakeLog({ calendar, attempts: [receptionist(5, '10:00', [lateAfternoon])] });
    expect(parseCallLog(JSON.parse(JSON.stringify(log))).ok).toBe(true);
    const badDay = parseCallLog({ ...log, calendar: { ...calendar, interviewOn: 'funday' } });
    expect(badDay).toMatchObject({ ok: false });
    expect(badDay.ok ? '' : badDay.error).toMatch(/weekday/);
    const badSpan = parseCallLog({
      ...log,
      attempts: [{ ...receptionist(5, '10:00'), windows: [{ ...lateAfternoon, spans: [] }] }],
    });
    expect(badSpan.ok).toBe(false);
  });

  it('places moments against a window', () => {
    expect(placeIn(lateAfternoon, 5, '14:59')).toBe('early');
    expect(placeIn(lateAfternoon, 5, '15:00')).toBe('inside');
    expect(placeIn(lateAfternoon, 7, '10:00')).toBe('late');
    expect(placeIn(lateAfternoon, 13, '23:00')).toBe('inside');
  });
});

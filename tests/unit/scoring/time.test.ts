import { describe, expect, it } from 'vitest';
import { gradeCall, parseCallLog } from '../../../src/scoring/index';
import { canonicalTime, isTime, parseTime } from '../../../src/scoring/time';
import { fakeAttempt, fakeLog } from './fakes';

const SAMPLES = [
  '00:00',
  '09:30',
  '9:30',
  '23:59',
  '24:00',
  '10:5',
  '10:60',
  '10:30:00',
  '9.30',
  '',
  ' 10:30',
  '123:00',
  '07:05',
];

describe('one HH:MM parser for the grader', () => {
  it('reads 24-hour times, with a one-digit hour allowed', () => {
    expect(parseTime('00:00')).toBe(0);
    expect(parseTime('9:30')).toBe(570);
    expect(parseTime('09:30')).toBe(570);
    expect(parseTime('23:59')).toBe(1439);
    for (const bad of ['24:00', '10:5', '10:60', '10:30:00', '9.30', '', ' 10:30', '123:00']) {
      expect(parseTime(bad), bad).toBeUndefined();
    }
    expect(canonicalTime('9:30')).toBe('09:30');
    expect(canonicalTime('25:00')).toBeUndefined();
  });

  it.each(SAMPLES)('validation and timing agree on %j', (time) => {
    const parsed = parseCallLog(fakeLog({ attempts: [fakeAttempt({ time })] }));
    expect(parsed.ok, time).toBe(isTime(time));
    if (!parsed.ok) {
      expect(parsed.error).toMatch(/^attempts\[0\]\.time: time must be 24-hour HH:MM/);
      return;
    }
    // The timing dimension reads the same minutes: 9:30 is a business-hours call like 09:30.
    const same = gradeCall(parsed.log);
    const twoDigit = gradeCall(
      fakeLog({ attempts: [fakeAttempt({ time: canonicalTime(time) ?? time })] }),
    );
    expect(same.dimensions.timing).toEqual(twoDigit.dimensions.timing);
  });
});

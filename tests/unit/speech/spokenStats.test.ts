import { describe, expect, it } from 'vitest';
import { gradeLine } from '../../../src/scoring/index';
import {
  FILLER_NOTE,
  type LineGrader,
  spokenLineStats,
  summariseSpeaking,
} from '../../../src/speech/spokenStats';

/** Counts words and "um"s like the grader, and gives words per minute when timed. */
const grade: LineGrader = ({ text, seconds }) => {
  const words = text.split(/\s+/).filter(Boolean).length;
  const fillers = (text.match(/\bum\b/gi) ?? []).length;
  return seconds ? { words, fillers, wpm: Math.round((words / seconds) * 60) } : { words, fillers };
};

describe('spoken line numbers', () => {
  it('gives speaking time, pace and fillers of a heard line', () => {
    const stats = spokenLineStats({ text: 'um is the role still open', seconds: 3 }, grade);
    expect(stats).toEqual({
      seconds: 3,
      words: 6,
      wordsPerMinute: 120,
      fillers: 1,
      fillerNote: FILLER_NOTE,
    });
  });

  it('passes the speaking time to the grader so pace is counted the grader’s way', () => {
    const seen: (number | undefined)[] = [];
    spokenLineStats({ text: 'hello there', seconds: 1.5 }, (input) => {
      seen.push(input.seconds);
      return { words: 2, fillers: 0, wpm: 80 };
    });
    expect(seen).toEqual([1.5]);
  });

  it('works with the grader’s gradeLine, fillers and pace included', () => {
    const stats = spokenLineStats(
      { text: 'Um, is the position still open?', seconds: 3 },
      gradeLine,
    );
    expect(stats.words).toBeGreaterThanOrEqual(6);
    expect(stats.fillers).toBe(1);
    expect(stats.wordsPerMinute).toBe(Math.round((stats.words / 3) * 60));
  });

  it('leaves the pace out when the speaking time could not be measured', () => {
    const stats = spokenLineStats({ text: 'hello there', seconds: 0 }, grade);
    expect(stats.wordsPerMinute).toBeNull();
    expect(stats.seconds).toBe(0);
  });

  it('says honestly that speech engines often drop "um" and "uh"', () => {
    expect(FILLER_NOTE).toMatch(/"um" and "uh"/);
    expect(FILLER_NOTE).toMatch(/more fillers/);
  });

  it('totals a call: time, words, overall pace and fillers', () => {
    const lines = [
      spokenLineStats({ text: 'um hello it is Sam', seconds: 2 }, grade),
      spokenLineStats({ text: 'is the role still open um', seconds: 4 }, grade),
      spokenLineStats({ text: 'thanks', seconds: 0 }, grade),
    ];
    expect(summariseSpeaking(lines)).toEqual({
      lines: 3,
      seconds: 6,
      words: 12,
      wordsPerMinute: 110,
      fillers: 2,
      fillerNote: FILLER_NOTE,
    });
  });

  it('has no pace for a call without timed speech', () => {
    expect(summariseSpeaking([]).wordsPerMinute).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { toHistoryFile } from '../../../src/storage/historyFile';
import {
  parseResultsFile,
  RESULTS_FORMAT,
  RESULTS_LIMITS,
  toResultsFile,
} from '../../../src/workshop/results';
import { fakeAttempt, fakeResults } from '../../helpers/resultsFakes';
import { fakeRecord, fakeScorecard } from '../../helpers/uiFakes';

const read = (text: string, fileName = 'sam.json') => parseResultsFile(text, { fileName });
const reasonOf = (text: string, fileName?: string) => {
  const parsed = read(text, fileName);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.reason;
};

describe('a results file', () => {
  it('round-trips what a participant hands in, without the scores they saw', () => {
    const records = [
      fakeRecord({
        id: 'b',
        finishedAt: '2026-03-03T10:00:00.000Z',
        scorecard: fakeScorecard({}, 55),
      }),
      fakeRecord({ id: 'a', finishedAt: '2026-03-01T10:00:00.000Z' }),
      fakeRecord({ id: 'c', scenarioId: 'other', scenarioTitle: 'Other' }),
    ];
    const file = toResultsFile(records, {
      name: '  Zoë\n Ångström ',
      pack: { id: 'pack-1', title: 'Tuesday workshop' },
      handedInAt: '2026-03-04T09:00:00.000Z',
      scenarioId: 'tiny',
    });
    expect(file.name).toBe('Zoë Ångström');
    expect(file.attempts.map((a) => a.id)).toEqual(['a', 'b']);
    expect(file.attempts[1]?.shownScore).toBe(55);
    const parsed = read(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.results.name).toBe('Zoë Ångström');
    expect(parsed.results.pack).toEqual({ id: 'pack-1', title: 'Tuesday workshop' });
    expect(parsed.results.attempts[0]).toEqual({
      id: 'a',
      scenarioId: 'tiny',
      scenarioTitle: 'Tiny',
      finishedAt: '2026-03-01T10:00:00.000Z',
      log: records[1]?.log,
    });
    expect(parsed.results.attempts[1]).not.toHaveProperty('shownScore');
  });

  it('leaves out an empty name and keeps a file with no campaigns', () => {
    const file = toResultsFile([], { name: '   ', handedInAt: '2026-03-04T09:00:00.000Z' });
    expect(file).not.toHaveProperty('name');
    const parsed = read(JSON.stringify(file));
    expect(parsed.ok && parsed.results.attempts).toEqual([]);
  });

  it('stores times in UTC, so they sort in time order', () => {
    const parsed = read(
      JSON.stringify(
        fakeResults({ attempts: [fakeAttempt({ finishedAt: '2026-03-02T12:00:00+02:00' })] }),
      ),
    );
    expect(parsed.ok && parsed.results.attempts[0]?.finishedAt).toBe('2026-03-02T10:00:00.000Z');
  });
});

describe('a bad results file', () => {
  it('is refused when empty', () => {
    expect(reasonOf('')).toBe('The file is empty.');
    expect(reasonOf('\uFEFF  \n')).toBe('The file is empty.');
  });

  it('is refused when it is not JSON, saying where it goes wrong', () => {
    expect(reasonOf('{"format": ')).toMatch(/^The file is not valid JSON/);
    expect(reasonOf('{\n  "a": 1,\n  oops\n}')).toMatch(/line 3, column 3/);
    expect(reasonOf('%PDF-1.7 ...')).toBe(
      'This is not a results file: it looks like a PDF document, not JSON text.',
    );
    expect(reasonOf('<html><body>hi</body></html>')).toMatch(/web page or XML/);
  });

  it('is refused when it is a spreadsheet, such as the dashboard’s own CSV', () => {
    expect(reasonOf('participant,overall\nSam,80', 'class.csv')).toMatch(
      /spreadsheet file \(CSV\)/,
    );
  });

  it('is refused when it is some other JSON', () => {
    const reason = `This is not a Follow-Up Call Trainer results file (it has no "format": "${RESULTS_FORMAT}").`;
    expect(reasonOf('{"hello": 1}')).toBe(reason);
    expect(reasonOf('[1, 2]')).toBe(reason);
    expect(reasonOf('null')).toBe(reason);
    expect(reasonOf('"text"')).toBe(reason);
  });

  it('is told apart from a history file, and says which file to ask for', () => {
    const history = JSON.stringify(toHistoryFile([fakeRecord()], '2026-03-04T09:00:00.000Z'));
    expect(reasonOf(history)).toMatch(/^This is a history file .*Hand in my results/);
  });

  it('is refused when its version is another', () => {
    expect(reasonOf(JSON.stringify(fakeResults({ version: 2 as 1 })))).toBe(
      'This results file has version 2; this app reads version 1.',
    );
    const { version: _v, ...noVersion } = fakeResults();
    expect(reasonOf(JSON.stringify(noVersion))).toMatch(/no version this app knows/);
  });

  it('is refused when too big, before it is read', () => {
    const huge = `{"format":"${RESULTS_FORMAT}","pad":"${'x'.repeat(RESULTS_LIMITS.chars)}"}`;
    expect(reasonOf(huge)).toMatch(/^The file is too big \(5\.0 million characters\)/);
    const many = fakeResults({
      attempts: Array.from({ length: RESULTS_LIMITS.attempts + 1 }, (_, i) => ({
        ...fakeAttempt({ id: `c${i}` }),
        log: { attempts: [] },
      })),
    });
    expect(reasonOf(JSON.stringify(many))).toBe(
      'It holds 501 campaigns; a results file may hold at most 500.',
    );
  });

  it('names the field at fault with its path, lists counted from 1', () => {
    const file = fakeResults({ attempts: [fakeAttempt(), fakeAttempt({ id: 'two' })] });
    const json = JSON.parse(JSON.stringify(file));
    json.attempts[1].log.attempts[0].turns[2].seconds = -4;
    expect(reasonOf(JSON.stringify(json))).toBe(
      'The file is damaged at attempt 2 → log → call 1 → turn 3 → seconds: seconds cannot be negative.',
    );
    const noLog = JSON.parse(JSON.stringify(file));
    delete noLog.attempts[0].log;
    expect(reasonOf(JSON.stringify(noLog))).toMatch(/^The file is damaged at attempt 1 → log: /);
    const badName = { ...file, name: 42 };
    expect(reasonOf(JSON.stringify(badName))).toBe('The file is damaged at name: must be text.');
    const longName = { ...file, name: 'x'.repeat(81) };
    expect(reasonOf(JSON.stringify(longName))).toMatch(/name: is longer than 80 characters/);
    const badTime = { ...file, handedInAt: 'yesterday' };
    expect(reasonOf(JSON.stringify(badTime))).toMatch(/handedInAt: must be a date and time/);
    const badPack = { ...file, pack: 'p' };
    expect(reasonOf(JSON.stringify(badPack))).toMatch(/pack: must be an id and a title/);
  });

  it('is refused when a campaign appears twice, or one line is too long', () => {
    const twice = fakeResults({ attempts: [fakeAttempt(), fakeAttempt()] });
    expect(reasonOf(JSON.stringify(twice))).toBe(
      'Attempt 2 → id: "campaign-1" appears twice in this file (attempt 1 has it too).',
    );
    const long = JSON.parse(JSON.stringify(fakeResults()));
    long.attempts[0].log.attempts[0].turns[1].text = 'word '.repeat(1200);
    expect(reasonOf(JSON.stringify(long))).toBe(
      'The file is damaged at attempt 1 → log → call 1 → turn 2 → text: is longer than 5,000 characters.',
    );
  });

  it('is refused when handed in far in the future of this device’s clock', () => {
    const text = JSON.stringify(fakeResults({ handedInAt: '2030-01-01T00:00:00.000Z' }));
    const parsed = parseResultsFile(text, {
      fileName: 'a.json',
      now: Date.parse('2026-03-05T00:00:00Z'),
    });
    expect(parsed.ok ? '' : parsed.reason).toMatch(/^handedInAt: 2030-01-01 is in the future/);
    expect(read(text).ok).toBe(true);
  });
});

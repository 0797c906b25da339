import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_CAMPAIGNS,
  parseHistoryFile,
  toHistoryFile,
} from '../../../src/storage/historyFile';
import { fakeRecord } from '../../helpers/uiFakes';

const file = (data: unknown) => JSON.stringify(data);

describe('the history file', () => {
  it('reads back exactly what was exported', () => {
    const records = [fakeRecord({ id: 'a' }), fakeRecord({ id: 'b' })];
    const parsed = parseHistoryFile(file(toHistoryFile(records, '2026-03-09T12:00:00.000Z')));
    expect(parsed).toEqual({ ok: true, records });
  });

  it('keeps fields the grader adds to its scorecard', () => {
    const record = fakeRecord();
    const card = {
      ...record.scorecard,
      scenario: 'tiny',
      dimensions: { ...record.scorecard.dimensions, timing: { score: 80, weight: 25 } },
    };
    const parsed = parseHistoryFile(file(toHistoryFile([{ ...record, scorecard: card }], 'now')));
    expect(parsed.ok && parsed.records[0]?.scorecard).toEqual(card);
  });

  it('refuses a file that is not JSON, with the reason', () => {
    const parsed = parseHistoryFile('{ nope');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(/^The file is not valid JSON/);
  });

  it('refuses some other JSON file', () => {
    const parsed = parseHistoryFile(file({ campaigns: [] }));
    expect(!parsed.ok && parsed.reason).toMatch(/not a Follow-Up Call Trainer history file/);
  });

  it('refuses a newer version it cannot read', () => {
    const parsed = parseHistoryFile(file({ ...toHistoryFile([], 'now'), version: 2 }));
    expect(!parsed.ok && parsed.reason).toMatch(/version 2; this app reads version 1/);
  });

  it('names the campaign and field that are wrong', () => {
    const bad = toHistoryFile([fakeRecord({ id: 'a' }), fakeRecord({ id: 'b' })], 'now');
    (bad.campaigns[1] as unknown as { scorecard: { overall: unknown } }).scorecard.overall = 'lots';
    const parsed = parseHistoryFile(file(bad));
    expect(!parsed.ok && parsed.reason).toMatch(/campaign 2 → scorecard → overall/);
  });
});

describe('spoken lines in the history file', () => {
  it('reads back a spoken line heard in no measurable time (seconds 0)', () => {
    const record = fakeRecord({
      log: {
        scenario: 'tiny',
        attempts: [
          {
            day: 3,
            time: '10:00',
            reached: 'interviewer',
            turns: [
              { speaker: 'them', text: 'Jo speaking.' },
              { speaker: 'me', text: 'Hi Jo, it is Sam.', seconds: 0 },
            ],
          },
        ],
      },
      events: [
        { type: 'plan.dial', day: 3, time: '10:00' },
        { type: 'caller.said', text: 'Hi Jo, it is Sam.', intents: ['greeting'], seconds: 0 },
        { type: 'campaign.wait' },
      ],
    });
    const parsed = parseHistoryFile(file(toHistoryFile([record], '2026-03-09T12:00:00.000Z')));
    expect(parsed).toEqual({ ok: true, records: [record] });
  });

  it('counts every list in the reason from 1', () => {
    const bad = toHistoryFile([fakeRecord()], 'now');
    const turns = bad.campaigns[0]?.log.attempts[0]?.turns as unknown as { seconds: unknown }[];
    if (turns[1]) turns[1].seconds = -1;
    const parsed = parseHistoryFile(file(bad));
    expect(!parsed.ok && parsed.reason).toMatch(/campaign 1 → log → attempt 1 → turn 2 → seconds/);
  });
});

describe('a very large history file', () => {
  it('refuses more campaigns than can be imported at once, with the reason', () => {
    const many = Array.from({ length: MAX_IMPORT_CAMPAIGNS + 1 }, (_, i) =>
      fakeRecord({ id: `r${i}` }),
    );
    const parsed = parseHistoryFile(file(toHistoryFile(many, 'now')));
    expect(!parsed.ok && parsed.reason).toBe(
      'It holds 2,001 campaigns; at most 2,000 can be imported at once.',
    );
  });

  it('takes a file at the limit', () => {
    const many = Array.from({ length: MAX_IMPORT_CAMPAIGNS }, (_, i) =>
      fakeRecord({ id: `r${i}` }),
    );
    const parsed = parseHistoryFile(file(toHistoryFile(many, 'now')));
    expect(parsed.ok && parsed.records).toHaveLength(MAX_IMPORT_CAMPAIGNS);
  });
});

describe('imported timestamps', () => {
  it('are kept in UTC, so the history sorts them in time order', () => {
    const parsed = parseHistoryFile(
      file(toHistoryFile([fakeRecord({ finishedAt: '2026-03-02T01:30:00+02:00' })], 'now')),
    );
    expect(parsed.ok && parsed.records[0]?.finishedAt).toBe('2026-03-01T23:30:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { gradeCall } from '../../../src/scoring/index';
import {
  type HistoryParse,
  IMPORT_LIMITS,
  MAX_IMPORT_CAMPAIGNS,
  parseHistoryFile,
  toHistoryFile,
} from '../../../src/storage/historyFile';
import type { CampaignRecord } from '../../../src/storage/types';
import { fakeRecord } from '../../helpers/uiFakes';

const NOW = Date.parse('2026-03-09T12:00:00.000Z');
const file = (data: unknown) => JSON.stringify(data);
const parse = (text: string): HistoryParse =>
  parseHistoryFile(text, { now: NOW, grade: gradeCall });
const reason = (text: string) => {
  const parsed = parse(text);
  return parsed.ok ? undefined : parsed.reason;
};
/** A record as the app saves it: scored by the grader from its own log. */
const graded = (overrides: Partial<CampaignRecord> = {}): CampaignRecord => {
  const r = fakeRecord(overrides);
  return { ...r, scorecard: gradeCall(r.log) };
};
const exported = (records: CampaignRecord[]) => toHistoryFile(records, '2026-03-09T12:00:00.000Z');

describe('the history file', () => {
  it('reads back exactly what was exported', () => {
    const records = [graded({ id: 'a' }), graded({ id: 'b' })];
    expect(parse(file(exported(records)))).toEqual({ ok: true, records });
  });

  it('refuses a file that is not JSON, saying where it goes wrong', () => {
    expect(reason('{ nope')).toBe('The file is not valid JSON: it goes wrong at line 1, column 3.');
    expect(reason('{"format": "follow-up')).toMatch(/^The file is not valid JSON/);
  });

  it('says an image is not a history file, without showing its bytes', () => {
    // What File.text() gives for a PNG: the first byte is not UTF-8, then "PNG", then binary.
    const png = new TextDecoder().decode(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]),
    );
    const said = reason(png);
    expect(said).toBe('This is not a history file: it looks like a PNG image, not JSON text.');
  });

  it('says other binary data is not JSON text, without showing it', () => {
    const said = reason(`{\u0000\u0001\u0002 garbage \uFFFD`);
    expect(said).toBe('This is not a history file: it holds binary data, not JSON text.');
    expect(reason('')).toBe('The file is empty.');
  });

  it('reads a file saved with a byte-order mark', () => {
    const records = [graded()];
    expect(parse(`\uFEFF${file(exported(records))}`)).toEqual({ ok: true, records });
  });

  it('refuses some other JSON file', () => {
    expect(reason(file({ campaigns: [] }))).toMatch(/not a Follow-Up Call Trainer history file/);
    expect(reason('[]')).toMatch(/not a Follow-Up Call Trainer history file/);
  });

  it('refuses a newer version it cannot read', () => {
    expect(reason(file({ ...exported([]), version: 2 }))).toMatch(
      /version 2; this app reads version 1/,
    );
    expect(reason(file({ ...exported([]), version: 'x'.repeat(10_000) }))).toBe(
      'This history file has no version this app knows; this app reads version 1.',
    );
  });

  it('names the campaign and field that are wrong', () => {
    const bad = exported([graded({ id: 'a' }), graded({ id: 'b' })]);
    (bad.campaigns[1] as unknown as { scorecard: { overall: unknown } }).scorecard.overall = 'lots';
    expect(reason(file(bad))).toMatch(/campaign 2 → scorecard → overall/);
  });
});

describe('what an import keeps', () => {
  it('drops the fields the app does not know, at every level', () => {
    const record = graded();
    const data = JSON.parse(file(exported([record])));
    data.campaigns[0].secret = 'x';
    data.campaigns[0].log.tracker = { id: 1 };
    data.campaigns[0].log.attempts[0].extra = true;
    data.campaigns[0].log.attempts[0].turns[1].note = 'hidden';
    data.campaigns[0].events[0].payload = 'y';
    data.campaigns[0].scorecard.lines = 'not what the grader says';
    const parsed = parse(file(data));
    expect(parsed).toEqual({ ok: true, records: [record] });
    expect(JSON.stringify(parsed)).not.toMatch(/secret|tracker|extra|hidden|payload/);
  });

  it('grades every campaign again, so an edited score has no effect', () => {
    const record = graded();
    const data = JSON.parse(file(exported([record])));
    data.campaigns[0].scorecard.overall = 100;
    for (const d of Object.values(data.campaigns[0].scorecard.dimensions)) {
      (d as { score: number }).score = 100;
    }
    data.campaigns[0].scorecard.findings = [];
    const parsed = parse(file(data));
    expect(parsed.ok && parsed.records[0]?.scorecard).toEqual(gradeCall(record.log));
    expect(parsed.ok && parsed.records[0]?.scorecard.overall).not.toBe(100);
  });

  it('refuses a campaign finished in the future, allowing a day of clock difference', () => {
    const soon = new Date(NOW + 23 * 3600_000).toISOString();
    expect(parse(file(exported([graded({ finishedAt: soon })]))).ok).toBe(true);
    const said = reason(
      file(
        exported([graded({ id: 'a' }), graded({ id: 'b', finishedAt: '2099-01-01T00:00:00Z' })]),
      ),
    );
    expect(said).toBe(
      'Campaign 2 → finishedAt: 2099-01-01 is in the future (more than a day ahead of this device’s clock).',
    );
  });

  it('names an id repeated inside the file as such', () => {
    const said = reason(
      file(exported([graded({ id: 'a' }), graded({ id: 'b' }), graded({ id: 'a' })])),
    );
    expect(said).toBe('Campaign 3 → id: "a" appears twice in this file (campaign 1 has it too).');
  });

  it('caps the size of ids, titles and lines', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    expect(reason(file(exported([graded({ id: long(IMPORT_LIMITS.idChars) })])))).toBe(
      'The file is damaged at campaign 1 → id: is longer than 100 characters.',
    );
    expect(
      reason(file(exported([graded({ scenarioTitle: long(IMPORT_LIMITS.titleChars) })]))),
    ).toBe('The file is damaged at campaign 1 → scenarioTitle: is longer than 200 characters.');
    const record = graded();
    const data = JSON.parse(file(exported([record])));
    data.campaigns[0].log.attempts[0].turns[1].text = long(IMPORT_LIMITS.lineChars);
    expect(reason(file(data))).toBe(
      'The file is damaged at campaign 1 → log → attempt 1 → turn 2 → text: is longer than 5,000 characters.',
    );
    const said = JSON.parse(file(exported([record])));
    said.campaigns[0].events.push({
      type: 'caller.said',
      text: long(IMPORT_LIMITS.lineChars),
      intents: [],
    });
    expect(reason(file(said))).toMatch(/^The file is damaged at campaign 1 → event 4 → text/);
  });

  it('refuses an event the app never records', () => {
    const data = JSON.parse(file(exported([graded()])));
    data.campaigns[0].events[1] = { type: 'admin.grantScore' };
    expect(reason(file(data))).toBe(
      'The file is damaged at campaign 1 → event 2 → type: is not an event this app records.',
    );
  });

  it('says so, and never throws, when the grader cannot grade a campaign', () => {
    const parsed = parseHistoryFile(file(exported([graded()])), {
      now: NOW,
      grade: () => {
        throw new Error('boom');
      },
    });
    expect(parsed).toEqual({
      ok: false,
      reason: 'Campaign 1 → log: its calls could not be graded, so its scores cannot be known.',
    });
  });
});

describe('spoken lines in the history file', () => {
  it('reads back a spoken line heard in no measurable time (seconds 0)', () => {
    const record = graded({
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
    expect(parse(file(exported([record])))).toEqual({ ok: true, records: [record] });
  });

  it('counts every list in the reason from 1', () => {
    const bad = exported([graded()]);
    const turns = bad.campaigns[0]?.log.attempts[0]?.turns as unknown as { seconds: unknown }[];
    if (turns[1]) turns[1].seconds = -1;
    expect(reason(file(bad))).toMatch(/campaign 1 → log → attempt 1 → turn 2 → seconds/);
  });
});

describe('a very large history file', () => {
  it('refuses more campaigns than can be imported at once, with the reason', () => {
    const many = Array.from({ length: MAX_IMPORT_CAMPAIGNS + 1 }, (_, i) =>
      fakeRecord({ id: `r${i}` }),
    );
    expect(reason(file(exported(many)))).toBe(
      'It holds 2,001 campaigns; at most 2,000 can be imported at once.',
    );
  });

  it('takes a file at the limit', () => {
    const many = Array.from({ length: MAX_IMPORT_CAMPAIGNS }, (_, i) =>
      fakeRecord({ id: `r${i}` }),
    );
    const parsed = parse(file(exported(many)));
    expect(parsed.ok && parsed.records).toHaveLength(MAX_IMPORT_CAMPAIGNS);
  });

  it('refuses more call turns than can be graded at once', () => {
    const turns = Array.from({ length: 200 }, (_, i) => ({
      speaker: i % 2 ? ('me' as const) : ('them' as const),
      text: 'Hello.',
    }));
    const log = {
      attempts: Array.from({ length: 100 }, () => ({
        day: 3,
        time: '10:00',
        reached: 'interviewer' as const,
        turns,
      })),
    };
    const many = Array.from({ length: 3 }, (_, i) => fakeRecord({ id: `r${i}`, log }));
    expect(reason(file(exported(many)))).toBe(
      'It holds 60,000 call turns; at most 50,000 can be checked at once.',
    );
  });
});

describe('imported timestamps', () => {
  it('are kept in UTC, so the history sorts them in time order', () => {
    const parsed = parse(file(exported([graded({ finishedAt: '2026-03-02T01:30:00+02:00' })])));
    expect(parsed.ok && parsed.records[0]?.finishedAt).toBe('2026-03-01T23:30:00.000Z');
  });
});

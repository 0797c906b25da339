import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeCall } from '../../../src/scoring/index';
import {
  type HistoryParse,
  IMPORT_LIMITS,
  parseHistoryFile,
  toHistoryFile,
} from '../../../src/storage/historyFile';
import type { CampaignRecord } from '../../../src/storage/types';
import { fakeRecord } from '../../helpers/uiFakes';

const NOW = Date.parse('2026-03-09T12:00:00.000Z');
const parse = (text: string): HistoryParse =>
  parseHistoryFile(text, { now: NOW, grade: gradeCall });
const RUNS = { numRuns: 300 };

/** A refusal says why in plain words: some text, never raw bytes from the file. */
function expectPlainReason(parsed: HistoryParse) {
  if (parsed.ok) return;
  expect(parsed.reason.length).toBeGreaterThan(10);
  expect(parsed.reason.length).toBeLessThan(400);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: none may reach the learner
  expect(parsed.reason).not.toMatch(/[\u0000-\u001F\u007F-\u009F\uFFFD]/);
}

const RECORD_KEYS = [
  'events',
  'finishedAt',
  'id',
  'log',
  'scenarioId',
  'scenarioTitle',
  'scorecard',
];
const EVENT_KEYS: Record<string, string[]> = {
  'plan.thankYou': ['type'],
  'plan.dial': ['day', 'time', 'type'],
  'caller.chose': ['index', 'seconds', 'type'],
  'caller.said': ['intents', 'seconds', 'text', 'type'],
  'caller.hungUp': ['type'],
  'campaign.wait': ['type'],
  'campaign.moveOn': ['type'],
};

/** What an accepted file's campaigns always are. */
function expectSound(records: readonly CampaignRecord[]) {
  expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  for (const r of records) {
    expect(Object.keys(r).sort()).toEqual(RECORD_KEYS);
    expect(r.id.length).toBeLessThanOrEqual(IMPORT_LIMITS.idChars);
    expect(r.scenarioId.length).toBeLessThanOrEqual(IMPORT_LIMITS.idChars);
    expect(r.scenarioTitle.length).toBeLessThanOrEqual(IMPORT_LIMITS.titleChars);
    expect(r.finishedAt).toBe(new Date(r.finishedAt).toISOString());
    expect(Date.parse(r.finishedAt)).toBeLessThanOrEqual(NOW + IMPORT_LIMITS.clockSkewMs);
    expect(r.scorecard).toEqual(gradeCall(r.log));
    for (const e of r.events) {
      expect(EVENT_KEYS[e.type]).toEqual(expect.arrayContaining(Object.keys(e)));
    }
    for (const a of r.log.attempts) {
      for (const t of a.turns) expect(t.text.length).toBeLessThanOrEqual(IMPORT_LIMITS.lineChars);
    }
  }
}

const line = fc.string({ maxLength: 80 });
const recordArb = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: IMPORT_LIMITS.idChars }),
    title: fc.string({ maxLength: 60 }),
    finished: fc.integer({ min: Date.parse('2020-01-01'), max: NOW }),
    mine: fc.array(line, { maxLength: 4 }),
  })
  .map(({ id, title, finished, mine }) => {
    const r = fakeRecord({
      id,
      scenarioTitle: title,
      finishedAt: new Date(finished).toISOString(),
      log: {
        scenario: 'tiny',
        attempts: [
          {
            day: 3,
            time: '10:00',
            reached: 'interviewer',
            turns: mine.flatMap((text) => [
              { speaker: 'them' as const, text: 'Jo speaking.' },
              { speaker: 'me' as const, text },
            ]),
          },
        ],
      },
    });
    return { ...r, scorecard: gradeCall(r.log) };
  });
const historyArb = fc.uniqueArray(recordArb, { maxLength: 4, selector: (r) => r.id });

type Json = unknown;

/** Every place in a JSON tree, as a path of keys. */
function pathsOf(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (value && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  }
  return here;
}

type Mutation = {
  kind: 'set' | 'delete' | 'extra' | 'repeat' | 'future';
  pick: number;
  value: Json;
};
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set', 'delete', 'extra', 'repeat', 'future'),
  pick: fc.nat(),
  value: fc.jsonValue({ maxDepth: 2 }),
});

/** Edits a file the way a person, a tool or a bad disk might. */
function mutate(file: Json, mutation: Mutation): Json {
  const root = structuredClone(file) as Record<string, unknown>;
  const campaigns = Array.isArray(root.campaigns) ? (root.campaigns as Json[]) : [];
  const chosen = campaigns[mutation.pick % Math.max(1, campaigns.length)];
  if (mutation.kind === 'repeat' && chosen !== undefined) {
    campaigns.push(structuredClone(chosen));
    return root;
  }
  if (mutation.kind === 'future' && chosen && typeof chosen === 'object') {
    const hours = mutation.pick % 100_000;
    (chosen as Record<string, Json>).finishedAt = new Date(NOW + hours * 3600_000).toISOString();
    return root;
  }
  const paths = pathsOf(root).filter((p) => p.length > 0);
  const path = paths[mutation.pick % paths.length];
  if (!path) return root;
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k], root);
  const key = path[path.length - 1] as string | number;
  const target = parent as Record<string | number, Json>;
  if (mutation.kind === 'set') target[key] = mutation.value;
  if (mutation.kind === 'delete') {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key];
  }
  if (mutation.kind === 'extra' && target[key] && typeof target[key] === 'object') {
    (target[key] as Record<string, Json>).unexpected = mutation.value;
  }
  return root;
}

describe('importing any file', () => {
  it('never throws on any text, and a refusal always says why', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectPlainReason(parse(text));
      }),
      RUNS,
    );
  });

  it('never throws on any bytes read as text (an image, a zip), and never shows them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const parsed = parse(new TextDecoder().decode(bytes));
        expect(parsed.ok).toBe(false);
        expectPlainReason(parsed);
      }),
      RUNS,
    );
  });

  it('never throws on any JSON, even under a history header', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, header) => {
        const data = header
          ? {
              format: 'follow-up-call-trainer/history',
              version: 1,
              exportedAt: 'x',
              campaigns: [value],
            }
          : value;
        const parsed = parse(JSON.stringify(data));
        expectPlainReason(parsed);
        if (parsed.ok) expectSound(parsed.records);
      }),
      RUNS,
    );
  });
});

describe('importing an exported file', () => {
  it('takes back everything this app exports, unchanged', () => {
    fc.assert(
      fc.property(historyArb, (records) => {
        const parsed = parse(JSON.stringify(toHistoryFile(records, 'now')));
        expect(parsed).toEqual({ ok: true, records });
      }),
      { numRuns: 100 },
    );
  });

  it('after any edits, either keeps sound campaigns or refuses the file with a reason', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        (records, mutations) => {
          const edited = mutations.reduce(
            mutate,
            JSON.parse(JSON.stringify(toHistoryFile(records, 'now'))),
          );
          const parsed = parse(JSON.stringify(edited));
          expectPlainReason(parsed);
          if (parsed.ok) expectSound(parsed.records);
          else expect(parsed.reason).toMatch(/\w/);
        },
      ),
      RUNS,
    );
  });

  it('refuses a file whose campaigns repeat an id, naming the repeat', () => {
    fc.assert(
      fc.property(
        historyArb.filter((r) => r.length > 0),
        fc.nat(),
        (records, pick) => {
          const again = records[pick % records.length] as CampaignRecord;
          const parsed = parse(JSON.stringify(toHistoryFile([...records, again], 'now')));
          expect(!parsed.ok && parsed.reason).toMatch(
            new RegExp(`^Campaign ${records.length + 1} → id: .* appears twice in this file`),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

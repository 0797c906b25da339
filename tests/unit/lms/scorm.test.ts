import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot } from 'xstate';
import {
  cmiTimespan,
  decodeSuspendData,
  encodeSuspendData,
  interactionValues,
  progressValues,
  RESPONSE_LIMIT,
  responseText,
  resultValues,
  SUSPEND_DATA_LIMIT,
} from '../../../src/lms/scorm';
import { PASS_SCORE } from '../../../src/lms/xapi';
import { toCallLog } from '../../../src/scenario/callLog';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import { type CampaignEvent, MAX_CALLER_TURNS } from '../../../src/scenario/campaignTypes';
import { ANSWER_MAX_CHARS } from '../../../src/scenario/limits';
import { loadScenario } from '../../../src/scenario/load';
import { currentNodeId, replayEvents } from '../../../src/scenario/replay';
import { type Scenario, scenarioSchema } from '../../../src/scenario/schema';
import { gradeCall } from '../../../src/scoring/index';
import type { Scorecard } from '../../../src/scoring/types';
import type { Intent } from '../../../src/scoring/vocabulary';
import type { SavedSession } from '../../../src/storage/types';
import { fakeScenarioData } from '../../helpers/fakes';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function builtIn(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const result = loadScenario(readFileSync(join(ROOT, file), 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not load`);
  return result.scenario;
}

const session = (events: CampaignEvent[], overrides: Partial<SavedSession> = {}): SavedSession => ({
  id: 'c0ffee00-0000-4000-8000-000000000001',
  scenarioId: 'long-silence',
  events,
  callStartedAt: 1_700_000_000_000,
  turnStartedAt: 1_700_000_060_000,
  revision: 7,
  savedAt: 1_700_000_060_000,
  ...overrides,
});

/** A repeatable stream of numbers in [0, 1) (so the long lines are the same on every run). */
function numbers(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = (
  'hello this is sam calling about the interview last week for the assistant role i wanted ' +
  'to follow up and ask whether there is any news on the timeline thank you so much for ' +
  'your time i really enjoyed meeting the team and learning about the projects you mentioned ' +
  'could you tell me when a decision might be made or who else i should speak to about it ' +
  'i can be reached on my mobile any afternoon and by email whenever suits you best sorry ' +
  'to bother you again appreciate your help have a lovely day goodbye regards kind warm'
).split(' ');

/** A typed line of about `length` characters, in words (English-like, as learners type). */
function typedLine(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += `${WORDS[Math.floor(next() * WORDS.length)]} `;
  return text.slice(0, length).trim();
}

/** Meanings a typed line may carry; the campaign below picks one that keeps the call going. */
const MEANINGS: Intent[][] = [
  ['greeting', 'identify'],
  ['ask_for_person'],
  ['ask_availability'],
  ['express_interest'],
  ['ask_status'],
  ['ask_timeline'],
  ['recite_credentials'],
  ['thanks'],
  [],
];

/**
 * A campaign about as long as the scenario allows: a thank-you note, every call it lets the
 * caller make, and in each call typed lines of `length` characters, each meaning something
 * that keeps the call going while anything does.
 */
function longestCampaign(
  scenario: Scenario,
  length: number,
  times = ['12:30', '16:45', '10:15'],
  seed = 1,
): CampaignEvent[] {
  const machine = createCampaignMachine(scenario);
  const actor = createActor(machine).start();
  const next = numbers(seed);
  const events: CampaignEvent[] = [];
  const send = (event: CampaignEvent) => {
    if (!actor.getSnapshot().can(event)) return false;
    actor.send(event);
    events.push(event);
    return true;
  };
  const dial = () => {
    for (let day = 1; day <= 40; day++) {
      for (const time of times) {
        if (send({ type: 'plan.dial', day, time })) return true;
      }
    }
    return false;
  };
  send({ type: 'plan.thankYou' });
  for (let guard = 0; guard < 400 && actor.getSnapshot().status !== 'done'; guard++) {
    if (actor.getSnapshot().matches('call')) {
      const text = typedLine(next, length);
      const lines = MEANINGS.map((intents) => ({ type: 'caller.said' as const, text, intents }));
      const goesOn = lines.find((line) =>
        getNextSnapshot(machine, actor.getSnapshot(), line).matches('call'),
      );
      const said = send(goesOn ?? (lines[0] as CampaignEvent));
      if (!said && !send({ type: 'caller.chose', index: 0 })) send({ type: 'caller.hungUp' });
    } else if (!dial()) {
      if (!send({ type: 'campaign.wait' })) send({ type: 'campaign.moveOn' });
    }
  }
  actor.stop();
  return events;
}

/** A scenario whose interviewer lets every call run to the turn limit, six calls long. */
function loopingScenario(): Scenario {
  return scenarioSchema.parse(
    fakeScenarioData({
      id: 'looping',
      campaign: { maxAttempts: 6, answer: [{ goto: 'hello' }] },
      nodes: {
        hello: {
          speaker: 'interviewer',
          says: 'Go on.',
          reply: {
            choices: [{ say: 'Bye.', intents: ['closing'], goto: 'bye' }],
            otherwise: 'hello',
          },
        },
        bye: { speaker: 'interviewer', says: 'Bye!', end: 'got_update' },
      },
    }),
  );
}

describe('suspend data', () => {
  it('gives back the campaign it keeps, with whether its result was sent', () => {
    const kept = session([{ type: 'plan.thankYou' }, { type: 'plan.dial', day: 3, time: '10:30' }]);
    const text = encodeSuspendData({ session: kept, reported: true });
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(decodeSuspendData(text)).toEqual({ session: kept, reported: true });
    expect(decodeSuspendData(encodeSuspendData({ session: kept, reported: false }))?.reported).toBe(
      false,
    );
  });

  it('reads nothing from empty, foreign or damaged data', () => {
    expect(decodeSuspendData('')).toBeUndefined();
    expect(decodeSuspendData('viewed=1,2,3|lastviewedslide=3')).toBeUndefined();
    expect(decodeSuspendData('fuct1:not base64 at all!')).toBeUndefined();
    expect(decodeSuspendData('fuct1:AAAA')).toBeUndefined();
  });

  it.each([
    // The most the app lets a campaign hold: 6 calls of 8 typed lines of 600 characters each;
    // about 11,700 characters compressed, so its lines are cut.
    ['the longest campaign any scenario allows', loopingScenario(), 6 * MAX_CALLER_TURNS, true],
    // The longest found in the built-in library (12 typed lines): about 3,600, kept whole.
    ['a long campaign of a built-in scenario', builtIn('strict-gatekeeper'), 12, false],
  ])('keeps %s within 4,096 characters, resuming at the same step', (_, scenario, lines, cut) => {
    const machine = createCampaignMachine(scenario);
    const events = longestCampaign(scenario, ANSWER_MAX_CHARS);
    const attempts = events.filter((e) => e.type === 'plan.dial').length;
    const typed = events.filter((e) => e.type === 'caller.said');
    expect(attempts).toBe(scenario.campaign.maxAttempts);
    expect(typed).toHaveLength(lines);
    const whole = { session: session(events), reported: false };
    expect(encodeSuspendData(whole, Number.POSITIVE_INFINITY).length > SUSPEND_DATA_LIMIT).toBe(
      cut,
    );

    for (const upTo of [events.length, Math.floor(events.length / 2)]) {
      const log = events.slice(0, upTo);
      const text = encodeSuspendData({ session: session(log), reported: false });
      expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
      const back = decodeSuspendData(text);
      expect(back?.session.events).toHaveLength(log.length);
      if (upTo === events.length) {
        expect(
          back?.session.events.some((e) => e.type === 'caller.said' && e.text.endsWith('…')),
        ).toBe(cut);
      }
      const before = replayEvents(machine, log);
      const after = replayEvents(machine, back?.session.events ?? []);
      expect(after.accepted).toHaveLength(log.length);
      expect(after.done).toBe(before.done);
      const at = (r: typeof before) =>
        currentNodeId(createActor(machine, { snapshot: r.persisted }).start().getSnapshot());
      expect(at(after)).toBe(at(before));
      // Only typed lines were shortened, from their start, and what the campaign branched on stays.
      back?.session.events.forEach((e, i) => {
        const original = log[i] as CampaignEvent;
        if (e.type !== 'caller.said' || original.type !== 'caller.said') {
          expect(e).toEqual(original);
          return;
        }
        expect(e.intents).toEqual(original.intents);
        expect(original.text.startsWith(e.text.replace(/…$/, ''))).toBe(true);
      });
    }
  });

  it('keeps a campaign that fits whole, lines and all', () => {
    const scenario = builtIn('long-silence');
    const events = longestCampaign(scenario, 60);
    const back = decodeSuspendData(
      encodeSuspendData({ session: session(events), reported: false }),
    );
    expect(back?.session.events).toEqual(events);
  });

  it('keeps the longest prefix of a log too long even with its lines cut', () => {
    const next = numbers(7);
    // Random identifiers compress badly: a log no real campaign reaches.
    const events: CampaignEvent[] = Array.from({ length: 400 }, (_, i) => ({
      type: 'plan.caller',
      name: `${i}-${Math.floor(next() * 2 ** 52).toString(36)}`,
    }));
    const text = encodeSuspendData({ session: session(events), reported: false });
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const kept = decodeSuspendData(text)?.session.events ?? [];
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.length).toBeLessThan(events.length);
    expect(kept).toEqual(events.slice(0, kept.length));
  });
});

/** A campaign of the small fake scenario: a typed pushy line, then a chosen line, then waiting. */
function playedCampaign() {
  const scenario = scenarioSchema.parse(fakeScenarioData());
  const machine = createCampaignMachine(scenario);
  const events: CampaignEvent[] = [
    { type: 'plan.dial', day: 3, time: '10:30' },
    { type: 'caller.said', text: '  I need an answer\ntoday.  ', intents: ['pressure'] },
    { type: 'plan.dial', day: 5, time: '10:30' },
    { type: 'caller.chose', index: 0 },
    { type: 'campaign.wait' },
  ];
  const actor = createActor(machine, {
    snapshot: replayEvents(machine, events).persisted,
  }).start();
  const log = toCallLog(actor.getSnapshot().context, scenario);
  return { log, card: gradeCall(log) };
}

const valuesOf = (pairs: readonly (readonly [string, string])[]) => Object.fromEntries(pairs);

describe('interactions', () => {
  it('records each caller turn: a choice by its id, typed words as fill-in, numbered on', () => {
    const { log, card } = playedCampaign();
    const values = valuesOf(interactionValues(log, card, 3));
    expect(values).toMatchObject({
      'cmi.interactions.3.id': 'call1.line1.hello',
      'cmi.interactions.3.type': 'fill-in',
      'cmi.interactions.3.student_response': 'I need an answer today.',
      'cmi.interactions.4.id': 'call2.line1.hello',
      'cmi.interactions.4.type': 'choice',
      'cmi.interactions.4.student_response': 'hello.1',
    });
    expect(Object.keys(values).filter((k) => k.endsWith('.id'))).toHaveLength(2);
    // The id comes before the other fields of its interaction.
    expect(interactionValues(log, card, 0)[0]?.[0]).toBe('cmi.interactions.0.id');
  });

  it('takes each result from the scorecard’s verdict for that turn, never grading again', () => {
    const { log, card } = playedCampaign();
    const lines = card.lines ?? [];
    expect(lines).toHaveLength(2);
    const results = (c: Scorecard) =>
      interactionValues(log, c, 0)
        .filter(([k]) => k.endsWith('.result'))
        .map(([, v]) => v);
    const verdict = { good: 'correct', better: 'neutral', poor: 'wrong' } as const;
    expect(results(card)).toEqual(lines.map((l) => verdict[l.verdict]));
    const flipped = (v: 'good' | 'better' | 'poor'): Scorecard => ({
      ...card,
      lines: lines.map((l) => ({ ...l, verdict: v })),
    });
    expect(results(flipped('poor'))).toEqual(['wrong', 'wrong']);
    expect(results(flipped('good'))).toEqual(['correct', 'correct']);
    expect(results(flipped('better'))).toEqual(['neutral', 'neutral']);
    expect(results({ ...card, lines: [] })).toEqual(['neutral', 'neutral']);
  });

  it('cuts a long response to SCORM’s 255 characters without splitting a character', () => {
    const text = `${'a'.repeat(254)}😀 and more`;
    expect(responseText(text)).toBe('a'.repeat(254));
    expect(responseText('x'.repeat(1000))).toHaveLength(RESPONSE_LIMIT);
  });
});

describe('status and score', () => {
  const card = (overall: number) => ({ ...playedCampaign().card, overall });

  it('passes at the xAPI pass mark and fails below it, scored 0–100', () => {
    expect(valuesOf(resultValues(card(PASS_SCORE), { status: 'incomplete', score: '' }))).toEqual({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': String(PASS_SCORE),
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
    });
    expect(
      valuesOf(resultValues(card(PASS_SCORE - 1), { status: 'incomplete', score: '' }))[
        'cmi.core.lesson_status'
      ],
    ).toBe('failed');
  });

  it('keeps a better result the LMS already holds, and replaces a worse one', () => {
    expect(resultValues(card(70), { status: 'passed', score: '85' })).toEqual([]);
    expect(valuesOf(resultValues(card(70), { status: 'failed', score: '40' }))).toMatchObject({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '70',
    });
  });

  it('says incomplete while practising, unless a result is recorded, and suspends while under way', () => {
    const underWay = {
      session: session([{ type: 'plan.dial', day: 1, time: '10:00' }]),
      reported: false,
    };
    expect(valuesOf(progressValues(underWay, 'not attempted'))).toMatchObject({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.exit': 'suspend',
    });
    expect(valuesOf(progressValues(underWay, 'passed'))['cmi.core.lesson_status']).toBeUndefined();
    const over = { ...underWay, session: session([{ type: 'campaign.wait' }]) };
    expect(valuesOf(progressValues(over, 'passed'))['cmi.core.exit']).toBe('');
    expect(valuesOf(progressValues(undefined, 'passed'))).toEqual({
      'cmi.core.exit': '',
      'cmi.suspend_data': '',
    });
  });

  it('times the session as HH:MM:SS', () => {
    expect(cmiTimespan(0)).toBe('00:00:00');
    expect(cmiTimespan(3_723_999)).toBe('01:02:03');
    expect(cmiTimespan(10_000 * 3_600_000)).toBe('9999:00:00');
  });
});

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import validateModule from 'xapi-validation';
import { createActor } from 'xstate';
import { campaignStatements, DEFAULT_BASE, uuidFrom } from '../../../src/lms/xapi';
import { choiceId, toCallLog } from '../../../src/scenario/callLog';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import { replayEvents } from '../../../src/scenario/replay';
import { scenarioSchema } from '../../../src/scenario/schema';
import { gradeCall } from '../../../src/scoring/index';
import { fakeScenarioData } from '../../helpers/fakes';

// Learning Locker's conformance-tested validator (a CommonJS module).
const validate = ((validateModule as unknown as { default?: unknown }).default ??
  validateModule) as (statement: unknown) => unknown[];

/** The parts of a statement the tests read. */
interface Read {
  object: { id: string; definition: { interactionType?: string; choices: { id: string }[] } };
  result: { response?: string; extensions: Record<string, unknown>; score?: unknown };
}

const ROOT = join(import.meta.dirname, '..', '..', '..');
const scenario = scenarioSchema.parse(fakeScenarioData());

/** A campaign played in the machine: one chosen line, one typed line, then waiting. */
function playedLog() {
  const machine = createCampaignMachine(scenario);
  const events = [
    { type: 'plan.dial', day: 3, time: '10:30' },
    { type: 'caller.said', text: 'I need an answer today.', intents: ['pressure'] },
    { type: 'plan.dial', day: 5, time: '10:30' },
    { type: 'caller.chose', index: 0 },
    { type: 'campaign.wait' },
  ] as const;
  const actor = createActor(machine, {
    snapshot: replayEvents(machine, events as never).persisted,
  }).start();
  return toCallLog(actor.getSnapshot().context, scenario);
}

describe('xAPI statements of a campaign', () => {
  it('the validator itself finds a broken statement', () => {
    expect(validate({ actor: {}, verb: { id: 'not an iri' } }).length).toBeGreaterThan(0);
  });

  it('says initialized, answered for each caller turn, then completed, all valid', () => {
    const log = playedLog();
    const card = gradeCall(log);
    const statements = campaignStatements(log, card, {
      choicesAt: (node) =>
        scenario.nodes[node]?.reply?.choices.map((c, i) => ({
          id: choiceId(node, i),
          text: c.say,
        })),
    });
    const verbs = statements.map((s) => (s.verb as { id: string }).id.split('/').pop());
    expect(verbs).toEqual(['initialized', 'answered', 'answered', 'completed']);
    for (const s of statements) expect(validate(s), JSON.stringify(s)).toEqual([]);
    // One registration for the campaign, and the same log gives the same ids.
    const registrations = new Set(
      statements.map((s) => (s.context as { registration: string }).registration),
    );
    expect(registrations.size).toBe(1);
    expect(campaignStatements(log, card)).toEqual(campaignStatements(log, card));
    const [typed, chosen] = statements.slice(1, 3) as unknown as Read[];
    expect(typed?.object.definition.interactionType).toBe('fill-in');
    expect(typed?.result.response).toBe('I need an answer today.');
    expect(typed?.result.extensions[`${DEFAULT_BASE}/extensions/intents`]).toEqual(['pressure']);
    expect(typed?.result.extensions[`${DEFAULT_BASE}/extensions/verdict`]).toBe('poor');
    expect(typed?.object.id).toBe(`${DEFAULT_BASE}/scenarios/tiny/nodes/hello`);
    expect(chosen?.object.definition.interactionType).toBe('choice');
    expect(chosen?.result.response).toBe('hello.1');
    expect(chosen?.object.definition.choices[0]?.id).toBe('hello.1');
    const done = statements[3] as unknown as Read;
    expect(done.result.score).toEqual({
      scaled: card.overall / 100,
      raw: card.overall,
      min: 0,
      max: 100,
    });
    expect(done.result.extensions[`${DEFAULT_BASE}/extensions/composure`]).toBe(
      card.dimensions.composure.score,
    );
  });

  it('uses the actor, registration and base it is given', () => {
    const log = playedLog();
    const registration = uuidFrom('given');
    const statements = campaignStatements(log, gradeCall(log), {
      base: 'https://lms.example.edu/xapi/',
      actor: { objectType: 'Agent', mbox: 'mailto:learner@example.edu' },
      registration,
    });
    for (const s of statements) {
      expect(validate(s)).toEqual([]);
      expect(s.actor).toEqual({ objectType: 'Agent', mbox: 'mailto:learner@example.edu' });
      expect((s.context as { registration: string }).registration).toBe(registration);
      expect(
        (s.object as { id: string }).id.startsWith('https://lms.example.edu/xapi/scenarios/'),
      ).toBe(true);
    }
  });
});

describe('grade --xapi', () => {
  function run(args: string[], input: string) {
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/grade.ts', ...args], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
    });
    return {
      status: out.status,
      lines: out.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l)),
    };
  }

  it('writes one JSON array of valid statements per call log, and names bad lines', () => {
    const log = playedLog();
    const registration = uuidFrom('cli');
    const input = [
      JSON.stringify({
        ...log,
        registration,
        actor: { account: { homePage: 'https://lms.example.edu', name: 'u1' } },
      }),
      JSON.stringify({ ...log, registration: 'not-a-uuid' }),
      'not json',
    ].join('\n');
    const { status, lines } = run(['--xapi', '--base', 'https://lms.example.edu/xapi'], input);
    expect(status).toBe(1);
    expect(lines).toHaveLength(3);
    const [statements, badId, badJson] = lines;
    expect(Array.isArray(statements)).toBe(true);
    for (const s of statements) expect(validate(s)).toEqual([]);
    expect(statements[0].context.registration).toBe(registration);
    expect(badId).toEqual({ error: 'line 2: "registration" must be a UUID' });
    expect(badJson.error).toMatch(/^line 3: /);
  });
});

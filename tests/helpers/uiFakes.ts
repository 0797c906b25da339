import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { focusOf, mergeProblems } from '../../src/scoring/callGrade/problems';
import type { Scorecard } from '../../src/scoring/types';
import { memoryHistory } from '../../src/storage/memoryHistory';
import { memorySessionStore } from '../../src/storage/sessionStore';
import type { CampaignRecord } from '../../src/storage/types';
import type { Services } from '../../src/ui/services';
import { fakeClock } from './fakeClock';
import { fakeScenarioData, fakeScenarioYaml } from './fakes';

/** A small scenario for UI tests: a two-choice call with the interviewer, and a voicemail after hours. */
export function fakeUiScenario(overrides: Record<string, unknown> = {}): Scenario {
  const base = fakeScenarioData();
  const nodes = base.nodes as Record<string, Record<string, unknown>>;
  const yaml = fakeScenarioYaml({
    nodes: {
      ...nodes,
      hello: {
        speaker: 'interviewer',
        says: 'Jo speaking.',
        reply: {
          model: 'Hi Jo, this is Sam Rivera. Is the clerk job still open?',
          choices: [
            {
              say: 'Hi Jo, this is Sam Rivera about the clerk job. Thank you for taking my call. Am I still being considered?',
              intents: ['greeting', 'identify', 'thanks', 'ask_status'],
              goto: 'bye',
            },
            {
              say: 'Why have you not called me back yet? I need an answer now.',
              intents: ['pressure'],
              goto: 'cool',
            },
          ],
          routes: [{ when: ['pressure'], goto: 'cool' }],
          otherwise: 'bye',
        },
      },
    },
    ...overrides,
  });
  const result = loadScenario(yaml, 'tiny.yaml');
  if (!result.ok)
    throw new Error(`fake UI scenario is invalid: ${JSON.stringify(result.problems)}`);
  return result.scenario;
}

/** The services the UI needs, all in memory; pass overrides to vary them. */
export function fakeServices(
  overrides: Partial<Services> = {},
): Services & { clock: ReturnType<typeof fakeClock> } {
  let n = 0;
  return {
    clock: fakeClock(),
    history: memoryHistory(),
    session: memorySessionStore(),
    newId: () => `id-${++n}`,
    ...overrides,
  } as Services & { clock: ReturnType<typeof fakeClock> };
}

/** A scorecard with every dimension at `score`; pass overrides to vary it. */
export function fakeScorecard(overrides: Partial<Scorecard> = {}, score = 80): Scorecard {
  const findings = overrides.findings ?? [];
  // The problems come from the grader's own merge, as on a real scorecard.
  const problems = mergeProblems(findings, overrides.lines ?? []);
  return {
    problems,
    focus: focusOf(problems),
    overall: score,
    dimensions: {
      timing: { score },
      brevity: { score },
      politeness: { score },
      purpose: { score },
      composure: { score },
    },
    findings: [],
    ...overrides,
  };
}

/** A finished campaign as stored in the history; pass overrides to vary it. */
export function fakeRecord(overrides: Partial<CampaignRecord> = {}): CampaignRecord {
  return {
    id: 'record-1',
    scenarioId: 'tiny',
    scenarioTitle: 'Tiny',
    finishedAt: '2026-03-02T10:00:00.000Z',
    log: {
      scenario: 'tiny',
      attempts: [
        {
          day: 3,
          time: '10:00',
          reached: 'interviewer',
          turns: [
            { speaker: 'them', text: 'Jo speaking.' },
            { speaker: 'me', text: 'Hi Jo, it is Sam. Is the job still open?' },
          ],
        },
      ],
    },
    scorecard: fakeScorecard(),
    events: [
      { type: 'plan.dial', day: 3, time: '10:00' },
      { type: 'caller.chose', index: 0 },
      { type: 'campaign.wait' },
    ],
    ...overrides,
  };
}

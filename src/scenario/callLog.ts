import type { CallLog, HowGiven, People, Turn } from '../scoring/types.ts';
import type { CampaignContext, TranscriptLine } from './campaignTypes.ts';
import type { Scenario } from './schema.ts';

/** How a caller line was given: a choice's index marks it chosen, a speaking time spoken. */
export function howGiven(line: TranscriptLine): HowGiven {
  if (line.choice !== undefined) return 'chosen';
  return line.seconds === undefined ? 'typed' : 'spoken';
}

/** The id of an authored choice in reports and call logs: its node and its place from 1. */
export function choiceId(nodeId: string, index: number): string {
  return `${nodeId}.${index + 1}`;
}

/** The call's people as the call log names them. */
export function peopleOf(scenario: Scenario): People {
  return {
    caller: scenario.setting.callerName,
    interviewer: scenario.setting.interviewer,
    company: scenario.setting.company,
  };
}

function turnOf(line: TranscriptLine, scenario: Scenario | undefined): Turn {
  const base: Turn = {
    speaker: line.speaker,
    text: line.text,
    ...(line.seconds === undefined ? {} : { seconds: line.seconds }),
  };
  if (line.speaker !== 'me') return base;
  const model = scenario?.nodes[line.nodeId]?.reply?.model;
  return {
    ...base,
    how: howGiven(line),
    ...(line.choice === undefined ? {} : { choice: choiceId(line.nodeId, line.choice) }),
    // The meaning the machine branched on travels with the line, so the grader scores it as is.
    ...(line.intents === undefined ? {} : { intents: [...line.intents] }),
    ...(model === undefined ? {} : { model }),
  };
}

/**
 * Turns a campaign's record into the grader contract's call log. With the scenario, the log
 * also names the call's people and carries each turn's model line.
 */
export function toCallLog(context: CampaignContext, scenario?: Scenario): CallLog {
  return {
    scenario: context.scenarioId,
    thankYouNote: context.thankYouSent,
    ...(scenario === undefined ? {} : { people: peopleOf(scenario) }),
    attempts: context.attempts.map((attempt) => ({
      day: attempt.day,
      time: attempt.time,
      reached: attempt.reached,
      turns: attempt.turns.map((turn) => turnOf(turn, scenario)),
    })),
    ...(context.closing === undefined ? {} : { movedOn: context.closing === 'movedOn' }),
  };
}

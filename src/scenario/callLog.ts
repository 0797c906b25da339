import type { CallWindow } from '../scoring/calendar.ts';
import type { CallLog, HowGiven, People, Turn } from '../scoring/types.ts';
import type { AttemptRecord, CampaignContext, TranscriptLine } from './campaignTypes.ts';
import { lineAt, settingOf } from './lineMoment.ts';
import type { Scenario } from './schema.ts';
import { calendarOf, resolveWindow } from './timetable.ts';

/** How a caller line was given: a choice's index marks it chosen, a speaking time spoken. */
export function howGiven(line: TranscriptLine): HowGiven {
  if (line.choice !== undefined) return 'chosen';
  return line.seconds === undefined ? 'typed' : 'spoken';
}

/** The id of an authored choice in reports and call logs: its node and its place from 1. */
export function choiceId(nodeId: string, index: number): string {
  return `${nodeId}.${index + 1}`;
}

/** The call's people as the call log names them (the learner by their own name, if given). */
export function peopleOf(scenario: Scenario, caller?: string): People {
  return {
    caller: caller ?? scenario.setting.callerName,
    interviewer: scenario.setting.interviewer,
    company: scenario.setting.company,
    ...(scenario.setting.receptionist === undefined
      ? {}
      : { receptionist: scenario.setting.receptionist }),
  };
}

function turnOf(
  line: TranscriptLine,
  scenario: Scenario | undefined,
  said: (text: string) => string,
): Turn {
  const base: Turn = {
    speaker: line.speaker,
    text: line.text,
    ...(line.seconds === undefined ? {} : { seconds: line.seconds }),
  };
  if (line.speaker !== 'me') return base;
  const authored = scenario?.nodes[line.nodeId]?.reply?.model;
  const model = authored === undefined ? undefined : said(authored);
  return {
    ...base,
    how: howGiven(line),
    node: line.nodeId,
    ...(line.choice === undefined ? {} : { choice: choiceId(line.nodeId, line.choice) }),
    // The meaning the machine branched on travels with the line, so the grader scores it as is.
    ...(line.intents === undefined ? {} : { intents: [...line.intents] }),
    ...(model === undefined ? {} : { model }),
    // The room's show of hands is kept for the debrief and the class; the grader ignores it.
    ...(line.room === undefined ? {} : { room: { counts: [...line.room.counts] } }),
  };
}

/** The times an attempt set: windows on the nodes it passed, promises in the lines chosen. */
export function windowsOf(attempt: AttemptRecord, scenario: Scenario): CallWindow[] {
  const calendar = calendarOf(scenario);
  const out: CallWindow[] = [];
  for (const nodeId of attempt.visited) {
    const w = scenario.nodes[nodeId]?.window;
    if (w) out.push(resolveWindow(w, w.kind, attempt.day, calendar));
  }
  for (const line of attempt.turns) {
    if (line.speaker !== 'me' || line.choice === undefined) continue;
    const promise = scenario.nodes[line.nodeId]?.reply?.choices[line.choice]?.promise;
    if (promise) out.push(resolveWindow(promise, 'promise', attempt.day, calendar));
  }
  return out;
}

/**
 * Turns a campaign's record into the grader contract's call log. With the scenario, the log
 * also names the call's people and carries each turn's model line.
 */
export function toCallLog(context: CampaignContext, scenario?: Scenario): CallLog {
  return {
    scenario: context.scenarioId,
    thankYouNote: context.thankYouSent,
    ...(scenario === undefined ? {} : { people: peopleOf(scenario, context.caller) }),
    ...(scenario === undefined ? {} : { calendar: calendarOf(scenario) }),
    ...(scenario?.campaign.decision
      ? { decision: resolveWindow(scenario.campaign.decision, 'decision', 0, calendarOf(scenario)) }
      : {}),
    attempts: context.attempts.map((attempt, i) => {
      const windows = scenario ? windowsOf(attempt, scenario) : [];
      const said = (text: string) =>
        scenario ? lineAt(context, i, settingOf(scenario), text) : text;
      return {
        day: attempt.day,
        time: attempt.time,
        reached: attempt.reached,
        turns: attempt.turns.map((turn) => turnOf(turn, scenario, said)),
        ...(windows.length > 0 ? { windows } : {}),
      };
    }),
    ...(context.closing === undefined ? {} : { movedOn: context.closing === 'movedOn' }),
  };
}

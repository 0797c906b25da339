import type { CallLog } from '../scoring/types.ts';
import type { CampaignContext } from './campaignTypes.ts';

/** Turns a campaign's record into the grader contract's call log. */
export function toCallLog(context: CampaignContext): CallLog {
  return {
    scenario: context.scenarioId,
    thankYouNote: context.thankYouSent,
    attempts: context.attempts.map((attempt) => ({
      day: attempt.day,
      time: attempt.time,
      reached: attempt.reached,
      turns: attempt.turns.map((turn) => ({
        speaker: turn.speaker,
        text: turn.text,
        ...(turn.seconds === undefined ? {} : { seconds: turn.seconds }),
      })),
    })),
    ...(context.closing === undefined ? {} : { movedOn: context.closing === 'movedOn' }),
  };
}

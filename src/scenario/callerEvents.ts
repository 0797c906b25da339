import { classifyIntents } from '../scoring/index.ts';
import type { Reached } from '../scoring/vocabulary.ts';
import type { CampaignEvent } from './campaignTypes.ts';

/**
 * The event for a line the caller typed or spoke, classified once, here, as heard by `reached`
 * (and knowing the caller's own name): the machine branches on these intents and the call log
 * carries them to the grader.
 */
export function callerSaid(
  text: string,
  seconds?: number,
  reached?: Reached,
  caller?: string,
  listeners?: readonly string[],
): CampaignEvent {
  return {
    type: 'caller.said',
    text,
    intents: classifyIntents(text, reached, caller, listeners),
    ...(seconds === undefined ? {} : { seconds }),
  };
}

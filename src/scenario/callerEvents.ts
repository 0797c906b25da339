import { classifyIntents } from '../scoring/index.ts';
import type { Reached } from '../scoring/vocabulary.ts';
import type { CampaignEvent } from './campaignTypes.ts';

/**
 * The event for a line the caller typed or spoke, classified once, here, as heard by `reached`:
 * the machine branches on these intents and the call log carries them to the grader.
 */
export function callerSaid(text: string, seconds?: number, reached?: Reached): CampaignEvent {
  return {
    type: 'caller.said',
    text,
    intents: classifyIntents(text, reached),
    ...(seconds === undefined ? {} : { seconds }),
  };
}

import { classifyIntents } from '../scoring/index.ts';
import type { CampaignEvent } from './campaignTypes.ts';

/** The event for a line the caller typed or spoke, classified into the contract's intents. */
export function callerSaid(text: string, seconds?: number): CampaignEvent {
  return {
    type: 'caller.said',
    text,
    intents: classifyIntents(text),
    ...(seconds === undefined ? {} : { seconds }),
  };
}

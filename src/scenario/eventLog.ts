/**
 * What a saved event log says without running the machine (so the first screen needs no
 * XState): whether each stored value is a campaign event, and whether the campaign is over.
 *
 * Whether a saved campaign is over, read from its event log without running the machine (so
 * the first screen needs no XState): the machine's only ways into its final state are waiting
 * for their call or moving on, and a session logs only the events the machine accepted.
 * tests/unit/scenario/eventLog.test.ts holds this to the machine on random campaigns.
 */
import { isRoomTally } from '../scoring/types.ts';
import { isIntent } from '../scoring/vocabulary.ts';
import type { CampaignEvent } from './campaignTypes.ts';

/** The events that close a campaign (the machine's transitions into `debrief`). */
export const CLOSING_EVENTS: readonly CampaignEvent['type'][] = [
  'campaign.wait',
  'campaign.moveOn',
];

/** True when a log of accepted events has closed its campaign. */
export function isClosed(events: readonly Pick<CampaignEvent, 'type'>[]): boolean {
  return events.some((e) => CLOSING_EVENTS.includes(e.type));
}

const EVENT_TYPES = new Set<string>([
  'plan.thankYou',
  'plan.dial',
  'plan.caller',
  'caller.chose',
  'caller.said',
  'caller.hungUp',
  'campaign.wait',
  'campaign.moveOn',
]);

/** True when a value read back from storage has the shape of a campaign event. */
export function isCampaignEvent(value: unknown): value is CampaignEvent {
  if (!value || typeof value !== 'object') return false;
  const event = value as Record<string, unknown>;
  if (typeof event.type !== 'string' || !EVENT_TYPES.has(event.type)) return false;
  switch (event.type) {
    case 'plan.dial':
      return typeof event.day === 'number' && typeof event.time === 'string';
    case 'caller.chose':
      return (
        typeof event.index === 'number' && (event.room === undefined || isRoomTally(event.room))
      );
    case 'plan.caller':
      return typeof event.name === 'string';
    case 'caller.said':
      return (
        typeof event.text === 'string' &&
        Array.isArray(event.intents) &&
        event.intents.every((i) => typeof i === 'string' && isIntent(i))
      );
    default:
      return true;
  }
}

import type { SnapshotFrom } from 'xstate';
import type { CampaignMachine } from '../../scenario/campaignMachine';
import type { CampaignEvent } from '../../scenario/campaignTypes';

export type CampaignSnapshot = SnapshotFrom<CampaignMachine>;

/** Sends an event to the campaign if the machine accepts it; false when it does not. */
export type SendCampaignEvent = (event: CampaignEvent) => boolean;

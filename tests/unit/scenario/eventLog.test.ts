import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import type { CampaignEvent } from '../../../src/scenario/campaignTypes';
import { isClosed } from '../../../src/scenario/eventLog';
import { replayEvents } from '../../../src/scenario/replay';
import { scenarioSchema } from '../../../src/scenario/schema';
import { fakeScenarioData } from '../../helpers/fakes';

const machine = createCampaignMachine(scenarioSchema.parse(fakeScenarioData()));

const event: fc.Arbitrary<CampaignEvent> = fc.oneof(
  fc.record({
    type: fc.constant('plan.dial' as const),
    day: fc.integer({ min: 0, max: 12 }),
    time: fc.constantFrom('08:00', '10:30', '14:00', '21:30'),
  }),
  fc.record({ type: fc.constant('caller.chose' as const), index: fc.integer({ min: 0, max: 1 }) }),
  fc.constant<CampaignEvent>({ type: 'caller.said', text: 'hello', intents: [] }),
  fc.constant({ type: 'caller.hungUp' as const }),
  fc.constant({ type: 'plan.thankYou' as const }),
  fc.constant({ type: 'campaign.wait' as const }),
  fc.constant({ type: 'campaign.moveOn' as const }),
);

describe('a campaign is over', () => {
  it('exactly when the machine says so, for any log of accepted events', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const replay = replayEvents(machine, events);
        expect(isClosed(replay.accepted)).toBe(replay.done);
      }),
      { numRuns: 300 },
    );
  });
});

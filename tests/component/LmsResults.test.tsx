import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gradeCall } from '../../src/scoring/index';
import type { CallLog, Scorecard } from '../../src/scoring/types';
import type { SavedSession } from '../../src/storage/types';
import { CampaignScreen } from '../../src/ui/campaign/CampaignScreen';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

describe('in an LMS, the debrief', () => {
  it('hands the finished campaign, its call log and its scorecard to the LMS link', async () => {
    const sent: [SavedSession, CallLog, Scorecard][] = [];
    const services = fakeServices({
      lms: { finished: (session, log, card) => sent.push([session, log, card]) },
    });
    const finished: SavedSession = {
      id: 'done-1',
      scenarioId: 'tiny',
      events: [
        { type: 'plan.dial', day: 3, time: '10:30' },
        { type: 'caller.chose', index: 0 },
        { type: 'campaign.moveOn' },
      ],
    };
    renderWithServices(
      <CampaignScreen
        scenario={fakeUiScenario()}
        resume={finished}
        onShowProgress={() => undefined}
        onExit={() => undefined}
      />,
      services,
    );
    await screen.findByRole('heading', { level: 1, name: 'Debrief: Tiny' });
    expect(sent.length).toBeGreaterThanOrEqual(1);
    const [session, log, card] = sent[0] as (typeof sent)[number];
    expect(session.id).toBe('done-1');
    expect(log.attempts).toHaveLength(1);
    // The scorecard as graded for the debrief, not graded again elsewhere.
    expect(card).toEqual(gradeCall(log));
  });
});

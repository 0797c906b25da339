import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memorySessionStore } from '../../src/storage/sessionStore';
import { CampaignScreen } from '../../src/ui/campaign/CampaignScreen';
import { backFromAway } from '../../src/ui/campaign/useCampaignRun';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

const scenario = fakeUiScenario();
const box = () => screen.getByLabelText('Or say it in your own words');

describe('after a reload mid-call', () => {
  it('the line being typed comes back', async () => {
    sessionStorage.clear();
    const session = memorySessionStore({
      id: 's1',
      scenarioId: 'tiny',
      events: [{ type: 'plan.dial', day: 3, time: '10:00' }],
    });
    const services = fakeServices({ session });
    const first = renderWithServices(
      <CampaignScreen
        scenario={scenario}
        resume={session.load() as never}
        onShowProgress={() => undefined}
        onExit={() => undefined}
      />,
      services,
    );
    await userEvent.type(box(), 'Hi Jo, is the job still open');
    first.unmount();
    renderWithServices(
      <CampaignScreen
        scenario={scenario}
        resume={session.load() as never}
        onShowProgress={() => undefined}
        onExit={() => undefined}
      />,
      services,
    );
    expect(box()).toHaveValue('Hi Jo, is the job still open');
  });

  it('the call timer leaves out the time the page was away', () => {
    const events = [{ type: 'plan.dial', day: 3, time: '10:00' } as const];
    const back = backFromAway(
      {
        id: 's',
        scenarioId: 'tiny',
        events,
        callStartedAt: 1_000,
        turnStartedAt: 5_000,
        hiddenAt: 9_000,
      },
      events,
      69_000,
    );
    // A minute away: both clocks move on by it, and the mark is spent.
    expect(back.callStartedAt).toBe(61_000);
    expect(back.turnStartedAt).toBe(65_000);
    expect(back.hiddenAt).toBeUndefined();
    const stayed = backFromAway(
      { id: 's', scenarioId: 'tiny', events, callStartedAt: 1_000 },
      events,
      69_000,
    );
    expect(stayed.callStartedAt).toBe(1_000);
  });
});

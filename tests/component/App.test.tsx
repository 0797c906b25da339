import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { memorySessionStore } from '../../src/storage/sessionStore';
import { App, loadCampaignCode } from '../../src/ui/App';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

// The campaign's code is fetched ahead, as the app does when the learner reaches for it.
beforeAll(async () => {
  await loadCampaignCode();
});

const scenario = fakeUiScenario();

describe('the app shell', () => {
  it('starts on the scenario list with the main navigation', async () => {
    const { container } = renderWithServices(
      <App library={{ scenarios: [scenario], problems: [] }} />,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Choose a call to practise' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Scenarios' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectNoAxeViolations(container);
  });

  it('shows a bad scenario file’s file:line:column message instead of crashing', () => {
    renderWithServices(
      <App
        library={{
          scenarios: [scenario],
          problems: [
            { file: 'scenarios/broken.yaml', line: 4, column: 3, message: 'unknown field "sayz"' },
          ],
        }}
      />,
    );
    expect(
      screen.getByRole('region', { name: 'Some scenario files could not be loaded' }),
    ).toHaveTextContent('scenarios/broken.yaml:4:3: unknown field "sayz"');
    expect(screen.getByRole('article', { name: 'Tiny' })).toBeInTheDocument();
  });

  it('comes back to the same turn after a reload mid-call', () => {
    const session = memorySessionStore({
      id: 's1',
      scenarioId: 'tiny',
      events: [{ type: 'plan.dial', day: 3, time: '10:00' }],
    });
    renderWithServices(
      <App library={{ scenarios: [scenario], problems: [] }} />,
      fakeServices({ session }),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Call 1 to Acme' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Transcript' })).toHaveTextContent('Jo speaking.');
  });

  it('keeps an unfinished campaign and offers to continue it', async () => {
    const session = memorySessionStore();
    renderWithServices(
      <App library={{ scenarios: [scenario], problems: [] }} />,
      fakeServices({ session }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Practise “Tiny”' }));
    await userEvent.click(screen.getByRole('radio', { name: /^Day 3\b/ }));
    await userEvent.click(screen.getByRole('radio', { name: /10:30/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Dial/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Progress' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your progress' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Scenarios' }));
    expect(screen.getByRole('region', { name: 'Your practice is waiting' })).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
    await userEvent.click(screen.getByRole('button', { name: 'Continue “Tiny”' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Call 1 to Acme' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Transcript' })).toHaveTextContent('Jo speaking.');
  });

  it('forgets a finished campaign when the learner leaves its debrief', async () => {
    const session = memorySessionStore({
      id: 's1',
      scenarioId: 'tiny',
      events: [
        { type: 'plan.dial', day: 3, time: '10:00' },
        { type: 'caller.hungUp' },
        { type: 'campaign.moveOn' },
      ],
    });
    renderWithServices(
      <App library={{ scenarios: [scenario], problems: [] }} />,
      fakeServices({ session }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Debrief: Tiny' }),
    ).toBeInTheDocument();
    // Left once its result is kept (before that, it is offered again so the debrief can save it).
    expect(await screen.findByText('Saved to your progress on this device.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Choose another scenario' }));
    expect(session.load()).toBeUndefined();
    expect(screen.queryByRole('button', { name: /^Continue/ })).not.toBeInTheDocument();
  });

  it('does not take a campaign for over from the names of its events alone', async () => {
    // "Wait" during a call is refused by the machine: the campaign is still under way.
    const session = memorySessionStore({
      id: 's1',
      scenarioId: 'tiny',
      events: [{ type: 'plan.dial', day: 3, time: '10:00' }, { type: 'campaign.wait' }],
    });
    renderWithServices(
      <App library={{ scenarios: [scenario], problems: [] }} />,
      fakeServices({ session }),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Call 1 to Acme' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Scenarios' }));
    expect(screen.getByRole('button', { name: 'Continue “Tiny”' })).toBeInTheDocument();
    expect(session.load()).toBeDefined();
  });
});

import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memoryHistory } from '../../src/storage/memoryHistory';
import { memorySessionStore } from '../../src/storage/sessionStore';
import { CampaignScreen } from '../../src/ui/campaign/CampaignScreen';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeRecord, fakeServices, fakeUiScenario } from '../helpers/uiFakes';

function renderCampaign(services = fakeServices()) {
  return renderWithServices(
    <CampaignScreen
      scenario={fakeUiScenario()}
      onShowProgress={() => undefined}
      onExit={() => undefined}
    />,
    services,
  );
}

async function dial(day: string | RegExp, time: RegExp) {
  await userEvent.click(screen.getByRole('radio', { name: day }));
  await userEvent.click(screen.getByRole('radio', { name: time }));
  await userEvent.click(screen.getByRole('button', { name: /^Dial/ }));
}

describe('planning a call', () => {
  it('enables Dial only once a day and a time are chosen', async () => {
    const { container } = renderCampaign();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan your call: Tiny');
    const dialButton = screen.getByRole('button', { name: /^Dial Acme/ });
    expect(dialButton).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: /^Day 3\b/ }));
    expect(dialButton).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: /10:30/ }));
    expect(dialButton).toBeEnabled();
    await expectNoAxeViolations(container);
  });

  it('sends the thank-you note once', async () => {
    renderCampaign();
    await userEvent.click(screen.getByRole('button', { name: 'Send a thank-you note first' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Thank-you note sent after the interview.',
    );
    expect(
      screen.queryByRole('button', { name: 'Send a thank-you note first' }),
    ).not.toBeInTheDocument();
  });

  it('keeps focus on the note’s button once it is sent', async () => {
    const { container } = renderCampaign();
    await userEvent.click(screen.getByRole('button', { name: 'Send a thank-you note first' }));
    const sent = screen.getByRole('button', { name: 'Thank-you note sent' });
    expect(sent).toHaveFocus();
    expect(sent).toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations(container);
  });
});

describe('on the call', () => {
  it('shows who is on the line, announces their line and moves focus to the caller’s turn', async () => {
    const { container } = renderCampaign();
    await dial(/^Day 3\b/, /10:30/);
    expect(screen.getByText(/On the line:/)).toHaveTextContent('Jo Park, your interviewer at Acme');
    expect(screen.getByRole('list', { name: 'Transcript' })).toHaveTextContent('Jo speaking.');
    expect(container.ownerDocument.querySelector('[aria-live="polite"]')).toHaveTextContent(
      'Jo Park: Jo speaking.',
    );
    expect(screen.getByRole('heading', { name: 'Your turn' })).toHaveFocus();
    await expectNoAxeViolations(container);
  });

  it('runs the call timer on the injected clock', async () => {
    const services = fakeServices();
    renderCampaign(services);
    await dial(/^Day 3\b/, /10:30/);
    expect(screen.getByRole('timer')).toHaveTextContent('0:00');
    act(() => services.clock.advance(65_000));
    expect(screen.getByRole('timer')).toHaveTextContent('1:05');
    expect(screen.getByRole('timer')).toHaveAccessibleName('Call time 1 minute 5 seconds');
  });

  it('grows the transcript with a chosen line and the answer, then ends the call', async () => {
    renderCampaign();
    await dial(/^Day 3\b/, /10:30/);
    await userEvent.click(screen.getByRole('button', { name: /Am I still being considered/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Call 1 is over');
    expect(
      screen.getByText('You spoke with the interviewer and heard where things stand.'),
    ).toBeInTheDocument();
  });

  it('takes a typed line, classified, and the scenario reacts to it', async () => {
    renderCampaign();
    await dial(/^Day 3\b/, /10:30/);
    await userEvent.type(
      screen.getByLabelText('Or say it in your own words'),
      'I demand an answer right now!{Enter}',
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Call 1 is over' }),
    ).toBeInTheDocument();
    expect(screen.getByText('The other person cut the call short.')).toBeInTheDocument();
  });

  it('lets the caller hang up at any time', async () => {
    renderCampaign();
    await dial(/^Day 3\b/, /10:30/);
    await userEvent.click(screen.getByRole('button', { name: 'Hang up' }));
    expect(screen.getByText('You hung up.')).toBeInTheDocument();
  });

  it('counts the voicemail message time down without cutting the caller off', async () => {
    const services = fakeServices();
    const { container } = renderCampaign(services);
    await dial(/^Day 3\b/, /21:30/);
    const left = screen.getByRole('timer', { name: /Message time left/ });
    expect(left).toHaveTextContent('0:30');
    act(() => services.clock.advance(12_000));
    expect(left).toHaveTextContent('0:18');
    act(() => services.clock.advance(30_000));
    expect(left).toHaveTextContent('0:00');
    expect(screen.getByText(/Time is up/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hi, Sam here.' })).toBeEnabled();
    await expectNoAxeViolations(container);
  });
});

describe('between calls', () => {
  it('offers a later call, waiting, or moving on, as the machine allows', async () => {
    const { container } = renderCampaign();
    await dial(/^Day 3\b/, /21:30/);
    await userEvent.click(screen.getByRole('button', { name: 'Hi, Sam here.' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Call 1 is over');
    expect(screen.getByText('You left a voicemail.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Day 2\b/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Wait for them to get back to me' })).toBeEnabled();
    await expectNoAxeViolations(container);

    await dial(/^Day 5\b/, /10:30/);
    await userEvent.click(screen.getByRole('button', { name: 'Hang up' }));
    // maxAttempts is 2: no third call.
    expect(screen.getByText(/You have made all 2 calls/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Dial/ })).not.toBeInTheDocument();
  });

  it('reaches the debrief and keeps the campaign in the history', async () => {
    const services = fakeServices();
    renderCampaign(services);
    await dial(/^Day 3\b/, /10:30/);
    await userEvent.click(screen.getByRole('button', { name: /Am I still being considered/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Move on to other openings' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Debrief: Tiny' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Saved to your progress on this device.')).toBeInTheDocument();
    const records = await services.history.list();
    expect(records).toHaveLength(1);
    expect(records[0]?.events.map((e) => e.type)).toEqual([
      'plan.dial',
      'caller.chose',
      'campaign.moveOn',
    ]);
  });
});

describe('saving the campaign as it goes', () => {
  it('saves the event log on every step and resumes at the same turn', async () => {
    const session = memorySessionStore();
    const services = fakeServices({ session });
    const first = renderCampaign(services);
    await dial(/^Day 3\b/, /10:30/);
    expect(session.load()?.events).toEqual([{ type: 'plan.dial', day: 3, time: '10:30' }]);
    first.unmount();

    const saved = session.load();
    if (!saved) throw new Error('nothing saved');
    renderWithServices(
      <CampaignScreen
        scenario={fakeUiScenario()}
        resume={saved}
        onShowProgress={() => undefined}
        onExit={() => undefined}
      />,
      services,
    );
    expect(screen.getByRole('heading', { name: 'Your turn' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Transcript' })).getAllByRole('listitem'),
    ).toHaveLength(1);
  });
});

describe('coming back to a debrief', () => {
  it('keeps the campaign as first saved instead of stamping and saving it again', async () => {
    const first = fakeRecord({ id: 'done-1', finishedAt: '2026-03-02T10:00:00.000Z' });
    const history = memoryHistory([first]);
    const services = fakeServices({ history });
    renderWithServices(
      <CampaignScreen
        scenario={fakeUiScenario()}
        resume={{
          id: 'done-1',
          scenarioId: 'tiny',
          events: [
            { type: 'plan.dial', day: 3, time: '10:30' },
            { type: 'caller.chose', index: 0 },
            { type: 'campaign.moveOn' },
          ],
        }}
        onShowProgress={() => undefined}
        onExit={() => undefined}
      />,
      services,
    );
    expect(await screen.findByText('Saved to your progress on this device.')).toBeInTheDocument();
    expect(await history.list()).toEqual([first]);
  });
});

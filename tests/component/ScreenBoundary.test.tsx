import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { memorySessionStore } from '../../src/storage/sessionStore';
import { App, loadCampaignCode } from '../../src/ui/App';
import { ScreenBoundary } from '../../src/ui/ScreenBoundary';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeClock } from '../helpers/fakeClock';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

// The campaign's code is fetched ahead, as the app does when the learner reaches for it.
beforeAll(async () => {
  await loadCampaignCode();
});

const library = { scenarios: [fakeUiScenario()], problems: [] };

afterEach(() => {
  vi.restoreAllMocks();
});

function Crash(): never {
  throw new Error('a bug in a screen');
}

describe('a screen that crashes', () => {
  it('is replaced by a notice that keeps the saved call, and going back offers to continue it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const session = memorySessionStore({
      id: 's1',
      scenarioId: 'tiny',
      events: [{ type: 'plan.dial', day: 3, time: '10:00' }],
      callStartedAt: 1_700_000_000_000,
    });
    // The call screen reads the clock as it renders its timer: a broken clock crashes it.
    const clock = fakeClock();
    let broken = true;
    const now = clock.now;
    clock.now = () => {
      if (broken) throw new Error('clock broke');
      return now();
    };
    renderWithServices(<App library={library} />, fakeServices({ session, clock }));
    const heading = screen.getByRole('heading', {
      level: 1,
      name: 'Something went wrong on this screen',
    });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/a call under way is at your last step/)).toBeInTheDocument();
    // The header still works, and nothing was forgotten.
    expect(screen.getByRole('button', { name: 'Progress' })).toBeInTheDocument();
    expect(session.load()?.events).toHaveLength(1);
    await expectNoAxeViolations(document.body);

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Back to the scenarios' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Choose a call to practise' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Continue “Tiny”' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Call 1 to Acme' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Transcript' })).toHaveTextContent('Jo speaking.');
  });

  it('offers a reload, by keyboard, when the whole page failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.fn();
    render(
      <ScreenBoundary reload={reload}>
        <Crash />
      </ScreenBoundary>,
    );
    expect(screen.getByText(/Your practice is kept/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back to the scenarios' })).not.toBeInTheDocument();
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { memorySessionStore } from '../../src/storage/sessionStore';
import { App, loadCampaignCode } from '../../src/ui/App';
import { parseRoute, routeHash } from '../../src/ui/routes';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

beforeAll(async () => {
  await loadCampaignCode();
});

const tiny = fakeUiScenario();
const other = { ...fakeUiScenario(), id: 'other', title: 'Other' };
const library = { scenarios: [tiny, other], problems: [] };

function back() {
  act(() => {
    window.history.back();
  });
}

describe('addresses, titles and Back', () => {
  it('reads and writes the screens as fragments', () => {
    for (const route of [
      { name: 'pick' },
      { name: 'progress' },
      { name: 'campaign', scenarioId: 'a b/c' },
      { name: 'packFile' },
      { name: 'packFile', title: 'Jobs club / May, 50% full' },
    ] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
    expect(parseRoute('')).toBeUndefined();
    expect(parseRoute('#/nowhere')).toBeUndefined();
  });

  it('gives each screen its address and title, and Back returns to the screen before', async () => {
    renderWithServices(<App library={library} />, fakeServices());
    expect(document.title).toBe('Choose a call to practise · Follow-Up Call Trainer');
    await userEvent.click(screen.getByRole('button', { name: 'Practise “Tiny”' }));
    expect(window.location.hash).toBe('#/practise/tiny');
    expect(document.title).toBe('Practise: Tiny · Follow-Up Call Trainer');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan your call: Tiny');
    back();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Choose a call to practise' }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/');
  });

  it('opens the screen a link names', () => {
    window.history.replaceState(null, '', '#/practise/other');
    renderWithServices(<App library={library} />, fakeServices());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan your call: Other');
  });

  it('asks before a new campaign replaces one under way', async () => {
    const session = memorySessionStore({
      id: 's1',
      scenarioId: 'tiny',
      events: [{ type: 'plan.dial', day: 3, time: '10:00' }],
    });
    window.history.replaceState(null, '', '#/');
    const { container } = renderWithServices(<App library={library} />, fakeServices({ session }));
    await userEvent.click(screen.getByRole('button', { name: 'Practise “Other”' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Replace the call under way?' });
    expect(dialog).toHaveTextContent('You have a campaign under way in “Tiny”.');
    expect(screen.getByRole('button', { name: 'Continue “Tiny”' })).toHaveFocus();
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(session.load()?.scenarioId).toBe('tiny');
    await userEvent.click(screen.getByRole('button', { name: 'Practise “Other”' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start “Other” anyway' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan your call: Other');
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { App, loadCampaignCode } from '../../src/ui/App';
import { builtInCards, builtInLibrary } from '../../src/ui/library/builtInLibrary';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices } from '../helpers/uiFakes';

// The first load carries only the scenarios' cards; the whole scenarios come with the
// campaign's code, the map and the debriefs. These tests give the app the cards alone, as
// the built app does.

beforeAll(() => loadCampaignCode());

describe('the scenarios screen’s library of cards', () => {
  it('has every built-in scenario’s card and nothing of its calls', async () => {
    const cards = await builtInCards();
    const whole = await builtInLibrary();
    expect(cards.scenarios.map((c) => c.id)).toEqual(whole.scenarios.map((s) => s.id));
    expect(cards.problems).toEqual(whole.problems);
    for (const card of cards.scenarios) {
      expect(Object.keys(card).sort()).toEqual(['difficulty', 'id', 'summary', 'tips', 'title']);
    }
  });

  it('plays a built-in scenario picked from its card', async () => {
    const cards = await builtInCards();
    const first = cards.scenarios[0];
    if (!first) throw new Error('no built-in scenario');
    window.history.replaceState(null, '', '#/');
    renderWithServices(<App library={cards} />, fakeServices());
    await userEvent.click(screen.getByRole('button', { name: `Practise “${first.title}”` }));
    // The plan screen of the whole scenario: it needs the calendar and the campaign.
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      `Plan your call: ${first.title}`,
    );
    expect(await screen.findByRole('heading', { name: 'When will you call?' })).toBeInTheDocument();
  });

  it('draws the map of a built-in scenario from its card', async () => {
    const cards = await builtInCards();
    const first = cards.scenarios[0];
    if (!first) throw new Error('no built-in scenario');
    window.history.replaceState(null, '', `#/map/${first.id}`);
    renderWithServices(<App library={cards} />, fakeServices());
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: `Map: ${first.title}` },
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'The map as a list' })).toBeInTheDocument();
  });
});

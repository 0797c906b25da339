import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { parseRoute, routeHash, titleOf } from '../../src/ui/routes';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

const tiny = fakeUiScenario();
const library = { scenarios: [tiny], problems: [] };

describe('the map’s address', () => {
  it('reads and writes #/map/<scenario id>', () => {
    const route = { name: 'map', scenarioId: 'a b/c' } as const;
    expect(routeHash(route)).toBe('#/map/a%20b%2Fc');
    expect(parseRoute(routeHash(route))).toEqual(route);
    expect(parseRoute('#/map/')).toBeUndefined();
    expect(titleOf(route, 'Tiny')).toBe('Map: Tiny · Follow-Up Call Trainer');
  });

  it('opens from a scenario card, and Back returns to the cards', async () => {
    window.history.replaceState(null, '', '#/');
    const { container } = renderWithServices(<App library={library} />, fakeServices());
    await userEvent.click(screen.getByRole('link', { name: 'See the map of “Tiny”' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Map: Tiny' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/map/tiny');
    expect(document.title).toBe('Map: Tiny · Follow-Up Call Trainer');
    expect(screen.getByRole('region', { name: 'The map as a list' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
    act(() => window.history.back());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Choose a call to practise' }),
    ).toBeInTheDocument();
  });

  it('sends an unknown scenario’s map to the cards', () => {
    window.history.replaceState(null, '', '#/map/nope');
    renderWithServices(<App library={library} />, fakeServices());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Choose a call to practise',
    );
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App, loadCampaignCode } from '../../src/ui/App';
import { keep } from '../../src/ui/own/ownStore';
import { isOwnCard, ownCardFor, rememberPlayed } from '../../src/ui/own/ownUnderWay';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeScenarioYaml } from '../helpers/fakes';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

afterEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

describe('an own scenario found again after a reload', () => {
  it('comes from the file played in this tab', () => {
    rememberPlayed({ id: 'mine', title: 'Mine', name: 'mine.yaml', text: 'id: mine' });
    const card = ownCardFor('mine');
    expect(card?.title).toBe('Mine');
    expect(card && isOwnCard(card) ? card.ownFile : undefined).toEqual({
      name: 'mine.yaml',
      text: 'id: mine',
    });
    expect(ownCardFor('other')).toBeUndefined();
  });

  it('else from the scenarios kept on the device', () => {
    expect(keep({ id: 'kept', title: 'Kept', name: 'kept.yaml', text: 'id: kept' }).ok).toBe(true);
    expect(ownCardFor('kept')?.ownFile.text).toBe('id: kept');
  });

  it('ignores a damaged entry', () => {
    window.sessionStorage.setItem('follow-up-call-trainer.ownUnderWay', '{not json');
    expect(ownCardFor('mine')).toBeUndefined();
  });
});

describe('own scenarios on the scenarios screen', () => {
  beforeAll(() => loadCampaignCode());

  it('lists the kept ones and plays one, checked again', async () => {
    expect(
      keep({
        id: 'kept-one',
        title: 'Kept one',
        name: 'kept-one.yaml',
        text: fakeScenarioYaml({ id: 'kept-one', title: 'Kept one' }),
      }).ok,
    ).toBe(true);
    window.history.replaceState(null, '', '#/');
    const { container } = renderWithServices(
      <App library={{ scenarios: [fakeUiScenario()], problems: [] }} />,
      fakeServices(),
    );
    const mine = screen.getByRole('region', { name: 'My scenarios' });
    await expectNoAxeViolations(container);
    await userEvent.click(within(mine).getByRole('button', { name: 'Practise “Kept one”' }));
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 5000 })).toHaveTextContent(
      'Plan your call: Kept one',
    );
  });

  it('opens a kept one’s map from the list', async () => {
    keep({
      id: 'kept-one',
      title: 'Kept one',
      name: 'kept-one.yaml',
      text: fakeScenarioYaml({ id: 'kept-one', title: 'Kept one' }),
    });
    window.history.replaceState(null, '', '#/');
    const { container } = renderWithServices(
      <App library={{ scenarios: [fakeUiScenario()], problems: [] }} />,
      fakeServices(),
    );
    const mine = screen.getByRole('region', { name: 'My scenarios' });
    await userEvent.click(within(mine).getByRole('link', { name: 'See the map of “Kept one”' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Kept one/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/map\//);
    await expectNoAxeViolations(container);
  });

  it('shows no such list when nothing is kept', () => {
    window.history.replaceState(null, '', '#/');
    renderWithServices(
      <App library={{ scenarios: [fakeUiScenario()], problems: [] }} />,
      fakeServices(),
    );
    expect(screen.queryByRole('region', { name: 'My scenarios' })).toBeNull();
  });
});

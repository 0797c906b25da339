import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App, loadCampaignCode } from '../../src/ui/App';
import { CampaignScreen } from '../../src/ui/campaign/CampaignScreen';
import { WorkshopGate } from '../../src/ui/workshop/ActivePack';
import { encodePack } from '../../src/workshop/pack';
import { DEFAULT_PACK_SETTINGS, newPack, type PackSettings } from '../../src/workshop/packTypes';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

beforeAll(async () => {
  await loadCampaignCode();
});

afterEach(() => {
  window.localStorage.clear();
});

const first = fakeUiScenario({ id: 'first', title: 'First call' });
const second = fakeUiScenario({ id: 'second', title: 'Second call' });
const third = fakeUiScenario({ id: 'third', title: 'Third call' });
const library = { scenarios: [first, second, third], problems: [] };
const ids = library.scenarios.map((s) => s.id);

function packLink(settings: Partial<PackSettings> = {}, scenarios = ['third', 'first']) {
  const pack = newPack({
    id: 'p1',
    title: 'Tuesday group',
    scenarios,
    settings: { ...DEFAULT_PACK_SETTINGS, ...settings },
  });
  return `#/pack/${encodePack(pack)}`;
}

function inGate(ui: ReactElement, services = fakeServices()) {
  return renderWithServices(<WorkshopGate scenarioIds={ids}>{ui}</WorkshopGate>, services);
}

function openLink(hash: string, services = fakeServices()) {
  window.history.replaceState(null, '', `/${hash}`);
  return inGate(<App library={library} />, services);
}

const cardTitles = () =>
  screen.getAllByRole('article').map((a) => within(a).getByRole('heading').textContent);

describe('opening a workshop pack link', () => {
  it('asks the display name first, then shows only the pack’s scenarios, in its order', async () => {
    const { container } = openLink(packLink());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Workshop: Tuesday group' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByLabelText('Your name for this workshop')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await userEvent.type(screen.getByLabelText('Your name for this workshop'), 'Table 4');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(cardTitles()).toEqual(['Third call', 'First call']);
    expect(window.location.hash).toBe('#/');
    const banner = screen.getByRole('region', { name: 'This workshop' });
    expect(banner).toHaveTextContent('You answer by choosing a line or typing your own.');
    expect(banner).toHaveTextContent('shown as captions, not spoken');
    expect(banner).toHaveTextContent('Your name in this workshop: Table 4.');
    await expectNoAxeViolations(container);
  });

  it('keeps the pack and the name after a reload, until the participant leaves it', async () => {
    const view = openLink(packLink({ askName: false }));
    await screen.findByRole('heading', { level: 1, name: 'Workshop: Tuesday group' });
    view.unmount();
    inGate(<App library={library} />);
    await screen.findByRole('heading', { level: 1, name: 'Workshop: Tuesday group' });
    expect(cardTitles()).toEqual(['Third call', 'First call']);
    await userEvent.click(screen.getByRole('button', { name: 'Leave this workshop' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Choose a call to practise' }),
    ).toBeInTheDocument();
    expect(cardTitles()).toEqual(['First call', 'Second call', 'Third call']);
  });

  it('refuses a changed link with its reason and a way on', async () => {
    const link = packLink();
    const at = link.length - 12;
    const changed = `${link.slice(0, at)}${link[at] === 'x' ? 'y' : 'x'}${link.slice(at + 1)}`;
    const { container } = openLink(changed);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This workshop link cannot be opened');
    expect(alert).toHaveTextContent(/changed after it was made|cut short/);
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Practise on your own instead' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(cardTitles()).toEqual(['First call', 'Second call', 'Third call']);
  });

  it('names a scenario the app does not have', async () => {
    openLink(packLink({}, ['first', 'night-shift']));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'names a scenario this app does not have: “night-shift”',
    );
  });

  it('keeps the workshop under way when another link is refused', async () => {
    const view = openLink(packLink({ askName: false }));
    await screen.findByRole('heading', { level: 1, name: 'Workshop: Tuesday group' });
    view.unmount();
    openLink('#/pack/1.AAAA');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('cut short');
    await userEvent.click(
      within(alert).getByRole('button', { name: 'Carry on with “Tuesday group”' }),
    );
    expect(cardTitles()).toEqual(['Third call', 'First call']);
  });

  it('holds the best scores on the cards until the end', async () => {
    openLink(packLink({ askName: false, scores: 'end' }));
    const card = await screen.findByRole('article', { name: 'Third call' });
    expect(card).toHaveTextContent('Shown at the end of the workshop');
    expect(screen.getByRole('region', { name: 'This workshop' })).toHaveTextContent(
      'Finished so far: 0 of 2 scenarios.',
    );
  });
});

describe('a call under a pack', () => {
  async function dial(settings: Partial<PackSettings>) {
    window.localStorage.setItem(
      'follow-up-call-trainer.workshopPack',
      JSON.stringify({ encoded: packLink(settings).slice('#/pack/'.length), openedAt: 0 }),
    );
    const view = inGate(
      <CampaignScreen scenario={third} onShowProgress={() => undefined} onExit={() => undefined} />,
    );
    await userEvent.click(await screen.findByRole('radio', { name: /^Day 3\b/ }));
    await userEvent.click(screen.getByRole('radio', { name: /10:30/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Dial / }));
    await screen.findByRole('heading', { name: 'Your turn' });
    return view;
  }

  it('offers only choosing a line when the pack allows only that', async () => {
    const { container } = await dial({ modes: ['choose'] });
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /Hi Jo|Why have you/ })).toHaveLength(2);
    await expectNoAxeViolations(container);
  });

  it('offers only typing when the pack leaves out the lines, and number keys pick nothing', async () => {
    await dial({ modes: ['type'] });
    expect(screen.queryByRole('button', { name: /Hi Jo/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Say it in your own words')).toBeInTheDocument();
    await act(async () => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
    });
    expect(screen.getByRole('heading', { name: 'Your turn' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Transcript' }).children).toHaveLength(1);
  });

  it('hides the model lines and holds the scores in the debrief', async () => {
    const { container } = await dial({ modelAnswers: false, scores: 'end' });
    await userEvent.click(screen.getByRole('button', { name: /Why have you not called/ }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Wait for them to get back to me' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Debrief: Third call' });
    expect(container).toHaveTextContent('Your scores are kept for the end of the workshop');
    expect(container).not.toHaveTextContent(/\/ 100/);
    expect(container).not.toHaveTextContent(/model line/i);
    expect(screen.getByRole('heading', { level: 2, name: 'How each part went' })).toBeVisible();
    // The statements carry the scores: held with them.
    expect(
      screen.queryByRole('button', { name: 'Download xAPI statements' }),
    ).not.toBeInTheDocument();
    expect(container).toHaveTextContent('can be downloaded once the scores are shown');
    await expectNoAxeViolations(container);
  });
});

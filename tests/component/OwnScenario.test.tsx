import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { App, loadCampaignCode } from '../../src/ui/App';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeScenarioYaml } from '../helpers/fakes';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

beforeAll(async () => {
  await loadCampaignCode();
});

const library = { scenarios: [fakeUiScenario()], problems: [] };

async function openOwn() {
  window.history.replaceState(null, '', '#/own');
  const view = renderWithServices(<App library={library} />, fakeServices());
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Open your own scenario' }),
  ).toBeInTheDocument();
  return view;
}

const paste = (text: string) =>
  fireEvent.change(screen.getByLabelText('Scenario file (YAML)'), { target: { value: text } });

describe('a coach’s own scenario', () => {
  it('is refused with its file:line:column problems, as scenarios:check says them', async () => {
    const { container } = await openOwn();
    paste(fakeScenarioYaml({ id: 'mine', tips: 'T1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check it' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/my-scenario\.yaml:\d+:\d+: tips: expected a list/);
    await expectNoAxeViolations(container);
  });

  it('plays at once when it is valid', async () => {
    await openOwn();
    paste(fakeScenarioYaml({ id: 'mine', title: 'Mine' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check it' }));
    expect(screen.getByText('“Mine” is valid')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Play “Mine”' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan your call: Mine');
  });

  it('starts from a copy of a built-in scenario, which checks as valid under its own id', async () => {
    await openOwn();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /Start from a copy of/ }),
      'tiny',
    );
    expect(screen.getByText(/Copied “Tiny” as my-tiny/)).toBeInTheDocument();
    expect((screen.getByLabelText('Scenario file (YAML)') as HTMLTextAreaElement).value).toContain(
      'id: my-tiny',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Check it' }));
    expect(screen.getByText('“Tiny (my copy)” is valid')).toBeInTheDocument();
  });

  it('keeps a valid scenario on the device, plays it from My scenarios after a reload, and removes it', async () => {
    localStorage.clear();
    const first = await openOwn();
    paste(fakeScenarioYaml({ id: 'kept-one', title: 'Kept one' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check it' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep on this device' }));
    expect(screen.getByText(/“Kept one” is kept on this device/)).toBeInTheDocument();
    first.unmount();
    const { container } = await openOwn();
    const mine = screen.getByRole('region', { name: 'My scenarios' });
    expect(mine).toHaveTextContent('Kept one');
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Remove “Kept one”' }));
    expect(screen.getByRole('region', { name: 'My scenarios' })).toHaveTextContent('None kept');
    paste(fakeScenarioYaml({ id: 'kept-two', title: 'Kept two' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check it' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep on this device' }));
    await userEvent.click(
      within(screen.getByRole('region', { name: 'My scenarios' })).getByRole('button', {
        name: 'Play “Kept two”',
      }),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan your call: Kept two');
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FacilitatorGuide from '../../src/ui/workshop/FacilitatorGuide';
import PackBuilder from '../../src/ui/workshop/PackBuilder';
import { decodePack } from '../../src/workshop/pack';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeUiScenario } from '../helpers/uiFakes';

const scenarios = [
  fakeUiScenario({ id: 'first', title: 'First call' }),
  fakeUiScenario({ id: 'second', title: 'Second call' }),
  fakeUiScenario({ id: 'third', title: 'Third call' }),
];

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderBuilder() {
  return renderWithServices(<PackBuilder scenarios={scenarios} />);
}

const linkBox = () => screen.getByRole('textbox', { name: 'The workshop link' });
const packInLink = () => {
  const link = (linkBox() as HTMLInputElement).value;
  const decoded = decodePack(link.slice(link.indexOf('#/pack/') + '#/pack/'.length));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.pack;
};

describe('the pack builder', () => {
  it('makes a link only once the pack has a scenario', async () => {
    const { container } = renderBuilder();
    expect(screen.queryByRole('textbox', { name: 'The workshop link' })).not.toBeInTheDocument();
    expect(container).toHaveTextContent(
      'The link appears once the pack has at least one scenario.',
    );
    await expectNoAxeViolations(container);
  });

  it('adds and orders scenarios by keyboard, focus following the scenario moved', async () => {
    const user = userEvent.setup();
    renderBuilder();
    screen.getByRole('button', { name: 'Add “First call”' }).focus();
    await user.keyboard('{Enter}');
    // Focus moves on to the next scenario to add.
    expect(screen.getByRole('button', { name: 'Add “Second call”' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Add “Third call”' })).toHaveFocus();
    await user.keyboard('{Enter}');
    screen.getByRole('button', { name: 'Move “Third call” up' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Move “Third call” up' })).toHaveFocus();
    await user.keyboard('{Enter}');
    // At the top its Up is disabled: focus goes to its Down instead of being lost.
    expect(screen.getByRole('button', { name: 'Move “Third call” up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move “Third call” down' })).toHaveFocus();
    expect(screen.getByText('“Third call” is now 1 of 3.')).toHaveAttribute('role', 'status');
    const order = screen.getByRole('region', { name: 'In the pack, in order (3)' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.pack-order-title')?.textContent),
    ).toEqual(['Third call', 'First call', 'Second call']);
    screen.getByRole('button', { name: 'Remove “First call”' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove “Second call”' })).toHaveFocus();
    expect(packInLink().scenarios).toEqual(['third', 'second']);
  });

  it('puts the title and settings in the link, with sensible defaults', async () => {
    const user = userEvent.setup();
    renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Add “Second call”' }));
    expect(packInLink().settings).toEqual({
      modes: ['choose', 'type'],
      voices: false,
      modelAnswers: true,
      scores: 'each',
      askName: true,
    });
    const title = screen.getByLabelText('Workshop title');
    await user.clear(title);
    await user.type(title, 'Jobs club, May');
    await user.click(screen.getByLabelText('Type their own line'));
    await user.click(screen.getByLabelText('Say it out loud'));
    await user.click(screen.getByLabelText('Speak the other side’s lines aloud'));
    await user.click(screen.getByLabelText('Show model lines in the debrief'));
    await user.click(screen.getByLabelText(/^Only at the end/));
    await user.click(screen.getByLabelText('Ask each participant for a display name first'));
    const pack = packInLink();
    expect(pack.title).toBe('Jobs club, May');
    expect(pack.settings).toEqual({
      modes: ['choose', 'speak'],
      voices: true,
      modelAnswers: false,
      scores: 'end',
      askName: false,
    });
  });

  it('asks for at least one way to answer', async () => {
    const user = userEvent.setup();
    renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Add “Second call”' }));
    await user.click(screen.getByLabelText('Choose one of the written lines'));
    await user.click(screen.getByLabelText('Type their own line'));
    expect(screen.getAllByText('Allow at least one way to answer.')).toHaveLength(1);
    expect(screen.queryByRole('textbox', { name: 'The workshop link' })).not.toBeInTheDocument();
  });

  it('copies the link and says so, and draws its QR code with a text alternative', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { container } = renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Add “First call”' }));
    await user.click(screen.getByRole('button', { name: 'Copy the link' }));
    expect(writeText).toHaveBeenCalledWith((linkBox() as HTMLInputElement).value);
    expect(await screen.findByText(/✓ Copied/)).toHaveAttribute('role', 'status');
    const codes = screen.getAllByRole('img', {
      name: 'QR code that opens the workshop “Follow-up call workshop”',
    });
    // One to project, one on the handout.
    expect(codes).toHaveLength(2);
    expect(codes[0]?.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    const handout = screen.getByRole('region', { name: 'Follow-up call workshop' });
    expect(handout).toHaveTextContent((linkBox() as HTMLInputElement).value);
    expect(handout).toHaveTextContent('Enter a name for the workshop');
    expect(handout).toHaveTextContent('1. First call');
    expect(within(handout).queryByRole('button')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says when copying did not work, and selects the link instead', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    });
    renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Add “First call”' }));
    await user.click(screen.getByRole('button', { name: 'Copy the link' }));
    expect(await screen.findByText(/did not let the page copy/)).toBeInTheDocument();
  });

  it('warns when the link is too long for a reliable QR code', async () => {
    window.history.replaceState(null, '', `/${'long-path/'.repeat(50)}`);
    const user = userEvent.setup();
    renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Add “First call”' }));
    expect(screen.getByText(/phones may not read it/)).toBeInTheDocument();
  });
});

describe('the facilitator guide', () => {
  it('covers before, during and after a 45-minute workshop', async () => {
    const { container } = renderWithServices(<FacilitatorGuide />);
    for (const name of ['Before the day', 'During the workshop', 'After the workshop']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Back to the pack builder' })).toHaveAttribute(
      'href',
      '#/workshop',
    );
    // How a coach's own scenario gets to the room.
    expect(screen.getByRole('link', { name: 'Open your own scenario' })).toHaveAttribute(
      'href',
      '#/own',
    );
    expect(screen.getByText(/a larger pack becomes a pack file/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});

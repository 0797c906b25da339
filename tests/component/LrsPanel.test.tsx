import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFooter } from '../../src/ui/components/AppFooter';
import { LrsPanel } from '../../src/ui/xapi/LrsPanel';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';

afterEach(() => localStorage.clear());

describe('the LRS settings', () => {
  it('are off by default, refuse an address that is not https, and say plainly when on', async () => {
    const { container } = renderWithServices(
      <>
        <LrsPanel />
        <AppFooter />
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Send to an LRS: off' })).toBeInTheDocument();
    expect(screen.getByText(/^Everything you do here stays on this device/)).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await userEvent.click(screen.getByLabelText('Send xAPI statements to this LRS'));
    await userEvent.type(screen.getByLabelText('LRS endpoint'), 'http://lrs.example.edu/xapi');
    expect(screen.getByLabelText('LRS endpoint')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Save the LRS settings' }));
    expect(localStorage.getItem('follow-up-call-trainer.lrs')).toBeNull();
    await expectNoAxeViolations(container);

    await userEvent.clear(screen.getByLabelText('LRS endpoint'));
    await userEvent.type(screen.getByLabelText('LRS endpoint'), 'https://lrs.example.edu/xapi/');
    await userEvent.type(screen.getByLabelText('Key (user name)'), 'k');
    await userEvent.type(screen.getByLabelText('Secret (password)'), 's');
    await userEvent.click(screen.getByRole('button', { name: 'Save the LRS settings' }));
    expect(screen.getByRole('heading', { name: 'Send to an LRS: on' })).toBeInTheDocument();
    expect(screen.getByText(/Sending to an LRS is on:/).parentElement).toHaveTextContent(
      'go to lrs.example.edu',
    );
    expect(screen.getByText(/^Apart from that, everything/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});

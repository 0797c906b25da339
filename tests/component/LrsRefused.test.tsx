import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LrsPanel } from '../../src/ui/xapi/LrsPanel';
import { LRS_QUEUE_KEY } from '../../src/ui/xapi/lrsSender';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';

afterEach(() => localStorage.clear());

describe('statements the LRS refused for good', () => {
  it('are counted, offered as a download, and forgotten when asked', async () => {
    // Kept from an earlier page: the LRS answered 400 for this one statement alone.
    localStorage.setItem(
      LRS_QUEUE_KEY,
      JSON.stringify({
        items: [],
        registrations: ['r1'],
        refused: [{ id: 'r1-2', statement: { id: 'r1-2', verb: { id: 'x' } }, status: 400 }],
      }),
    );
    const { container } = renderWithServices(<LrsPanel />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'The LRS refused 1 statement as invalid or too big: it is kept on this device and not sent again',
    );
    expect(
      screen.getByRole('button', { name: 'Download the refused statements' }),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);

    // Forgetting asks first, and "Keep them" keeps them.
    await userEvent.click(screen.getByRole('button', { name: 'Forget the refused statements' }));
    expect(screen.getByText(/^Forget the 1 refused statement for good\?/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(JSON.parse(localStorage.getItem(LRS_QUEUE_KEY) ?? '{}').refused).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Forget the refused statements' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, forget them' }));
    expect(await screen.findByRole('status')).not.toHaveTextContent('refused');
    expect(screen.queryByRole('button', { name: 'Download the refused statements' })).toBeNull();
    expect(JSON.parse(localStorage.getItem(LRS_QUEUE_KEY) ?? '{}').refused).toEqual([]);
  });
});

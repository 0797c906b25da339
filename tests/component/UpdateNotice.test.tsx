import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { UpdateOffer, UpdateState } from '../../src/ui/shell/serviceWorkerUpdates';
import { UpdateNotice } from '../../src/ui/shell/UpdateNotice';
import { expectNoAxeViolations } from '../helpers/axe';

function fakeOffer() {
  let state: UpdateState = 'none';
  const listeners = new Set<() => void>();
  const offer = {
    state: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    accept: vi.fn(),
    becomes(next: UpdateState) {
      state = next;
      act(() => {
        for (const l of listeners) l();
      });
    },
  };
  return offer satisfies UpdateOffer;
}

describe('the offer of a new version', () => {
  it('says nothing, and offers no button, while there is nothing new', () => {
    render(<UpdateNotice offer={fakeOffer()} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('announces a new version politely and loads it only when asked', async () => {
    const offer = fakeOffer();
    const { container } = render(
      <>
        <button type="button">Somewhere in a call</button>
        <UpdateNotice offer={offer} />
      </>,
    );
    screen.getByRole('button', { name: 'Somewhere in a call' }).focus();
    offer.becomes('ready');
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of the trainer is ready. It loads when you choose: a call in progress is kept',
    );
    // Focus stays where the learner is.
    expect(screen.getByRole('button', { name: 'Somewhere in a call' })).toHaveFocus();
    expect(offer.accept).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);

    await userEvent.click(screen.getByRole('button', { name: 'Load the new version' }));
    expect(offer.accept).toHaveBeenCalledTimes(1);
  });

  it('can be set aside, and comes back if another tab loads the new version', async () => {
    const offer = fakeOffer();
    render(<UpdateNotice offer={offer} />);
    offer.becomes('ready');
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(offer.accept).not.toHaveBeenCalled();

    offer.becomes('elsewhere');
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of the trainer was loaded in another tab.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload this page' }));
    expect(offer.accept).toHaveBeenCalledTimes(1);
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../src/scenario/schema';
import { RoomChoices } from '../../src/ui/components/RoomChoices';
import { expectNoAxeViolations } from '../helpers/axe';

const reply: Reply = {
  choices: [
    { say: 'Hi Jo, it is Sam. Is the job still open?', intents: ['greeting'], goto: 'bye' },
    { say: 'Why has nobody called me?', intents: ['pressure'], goto: 'cool' },
    { say: 'Hello, just checking in.', intents: ['greeting'], goto: 'bye' },
  ],
  model: 'Hi Jo, this is Sam from Tuesday’s interview.',
  otherwise: 'bye',
} as Reply;

// Display place → authored index, as the call screen's shuffle would give.
const order = [2, 0, 1];

function renderRoom(modelAnswers = true) {
  const onChoose = vi.fn();
  const home = createRef<HTMLHeadingElement>();
  const view = render(
    <section aria-label="Your turn">
      <h2 ref={home} tabIndex={-1}>
        Your turn
      </h2>
      <RoomChoices
        reply={reply}
        order={order}
        sayNow={(t) => t}
        onChoose={onChoose}
        modelAnswers={modelAnswers}
        home={home}
      />
    </section>,
  );
  return { ...view, onChoose, home };
}

describe('the room’s show of hands', () => {
  it('numbers each line with a labelled box for its hands, and passes axe', async () => {
    const { container } = renderRoom();
    expect(screen.getByRole('spinbutton', { name: 'Hands for line 1' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Hands for line 3' })).toBeInTheDocument();
    expect(screen.getByText(/Presenter keys:/)).toHaveTextContent(/M show the model answer/);
    await expectNoAxeViolations(container);
  });

  it('counts by keyboard (H, numbers, Tab), and Enter goes with the most hands', async () => {
    const { onChoose } = renderRoom();
    await userEvent.keyboard('h');
    expect(screen.getByRole('spinbutton', { name: 'Hands for line 1' })).toHaveFocus();
    await userEvent.keyboard('9');
    await userEvent.tab(); // to line 2's button
    await userEvent.tab(); // to line 2's box
    await userEvent.keyboard('14{Enter}');
    // Line 2 is authored choice 0; counts are kept in authored order.
    expect(onChoose).toHaveBeenCalledWith(0, { counts: [14, 0, 9] });
  });

  it('picks with a number key, carrying the hands typed so far', async () => {
    const { onChoose, home } = renderRoom();
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Hands for line 3' }), '5');
    await userEvent.keyboard('{Escape}');
    expect(home.current).toHaveFocus();
    await userEvent.keyboard('3');
    expect(onChoose).toHaveBeenCalledWith(1, { counts: [0, 5, 0] });
  });

  it('picks with no hands counted, and refuses to guess on a tie', async () => {
    const { onChoose } = renderRoom();
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Hands for line 1' }), '4');
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Hands for line 2' }), '4{Enter}');
    expect(onChoose).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(/Two lines have the most hands/);
    await userEvent.click(screen.getByRole('button', { name: /Hello, just checking in/ }));
    expect(onChoose).toHaveBeenCalledWith(2, { counts: [4, 0, 4] });
  });

  it('shows the model answer on M, and never when the pack keeps it back', async () => {
    const { unmount } = renderRoom();
    const model = screen.getByText(/this is Sam from Tuesday/);
    expect(model).not.toBeVisible();
    await userEvent.keyboard('m');
    expect(model).toBeVisible();
    expect(screen.getByRole('button', { name: /Hide the model answer/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    unmount();
    renderRoom(false);
    await userEvent.keyboard('m');
    expect(screen.queryByText(/this is Sam from Tuesday/)).toBeNull();
    expect(screen.getByText(/Presenter keys:/)).not.toHaveTextContent(/model answer/);
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../src/scoring/calendar';
import { CallPlanner } from '../../src/ui/components/CallPlanner';
import { DayCalendar } from '../../src/ui/components/DayCalendar';
import { TimeSlots } from '../../src/ui/components/TimeSlots';
import { canCallAgain, TIME_SLOTS } from '../../src/ui/model/planOptions';
import { expectNoAxeViolations } from '../helpers/axe';

describe('the chosen day and time', () => {
  it('marks only the chosen time slot with a ✓', async () => {
    const { container } = render(
      <TimeSlots slots={TIME_SLOTS} value="10:30" onChange={() => undefined} />,
    );
    const marked = [...container.querySelectorAll('label')].filter((l) =>
      l.textContent?.includes('✓'),
    );
    expect(marked).toHaveLength(1);
    expect(marked[0]).toContainElement(screen.getByRole('radio', { name: /10:30/ }));
    await expectNoAxeViolations(container);
  });

  it('shows no ✓ before a time is chosen', () => {
    const { container } = render(
      <TimeSlots slots={TIME_SLOTS} value={undefined} onChange={() => undefined} />,
    );
    expect(container).not.toHaveTextContent('✓');
  });

  it('marks only the chosen day with a ✓', () => {
    const { container } = render(
      <DayCalendar
        days={[1, 2, 3]}
        value={2}
        onChange={() => undefined}
        isPossible={() => true}
        calendar={DEFAULT_CALENDAR}
      />,
    );
    const marked = [...container.querySelectorAll('label')].filter((l) =>
      l.textContent?.includes('✓'),
    );
    expect(marked).toHaveLength(1);
    expect(marked[0]).toHaveTextContent('Day 2');
  });
});

describe('planning a later call', () => {
  // The last call was on day 3 at 21:30: later that evening is allowed by the machine, but
  // no offered slot is, so day 3 must not be offered.
  const canDial = (day: number, time: string) => day > 3 || (day === 3 && time > '21:30');

  it('offers a day only when one of the offered slots can be dialled on it', async () => {
    render(
      <CallPlanner
        calendar={DEFAULT_CALENDAR}
        company="Acme"
        canDial={canDial}
        onDial={() => undefined}
      />,
    );
    expect(screen.getByRole('radio', { name: /Day 3/ })).toBeDisabled();
    expect(screen.getByRole('radio', { name: /Day 4/ })).toBeEnabled();
  });

  it('disables the times that cannot be dialled on the chosen day', async () => {
    const afternoonsOnly = (day: number, time: string) => day >= 4 && time >= '12:30';
    render(
      <CallPlanner
        calendar={DEFAULT_CALENDAR}
        company="Acme"
        canDial={afternoonsOnly}
        onDial={() => undefined}
      />,
    );
    await userEvent.click(screen.getByRole('radio', { name: /Day 4/ }));
    expect(screen.getByRole('radio', { name: /08:00/ })).toBeDisabled();
    expect(screen.getByRole('radio', { name: /14:00/ })).toBeEnabled();
  });

  it('says no more calls can be made when only moments outside the slots are left', () => {
    expect(canCallAgain((day, time) => day === 20 && time > '21:30')).toBe(false);
    expect(canCallAgain((day, time) => day === 20 && time === '21:30')).toBe(true);
  });
});

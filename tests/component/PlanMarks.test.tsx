import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DayCalendar } from '../../src/ui/components/DayCalendar';
import { TimeSlots } from '../../src/ui/components/TimeSlots';
import { TIME_SLOTS } from '../../src/ui/model/planOptions';
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
      <DayCalendar days={[1, 2, 3]} value={2} onChange={() => undefined} isPossible={() => true} />,
    );
    const marked = [...container.querySelectorAll('label')].filter((l) =>
      l.textContent?.includes('✓'),
    );
    expect(marked).toHaveLength(1);
    expect(marked[0]).toHaveTextContent('Day 2');
  });
});

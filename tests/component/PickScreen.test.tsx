import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PickScreen } from '../../src/ui/screens/PickScreen';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeRecord, fakeScorecard, fakeUiScenario } from '../helpers/uiFakes';

describe('the pick screen', () => {
  it('shows each scenario with its situation, difficulty, tips and best score', async () => {
    const scenario = fakeUiScenario({ tips: ['T1', 'T3'], difficulty: 'medium' });
    const history = [
      fakeRecord({ id: 'a', scorecard: fakeScorecard({}, 62) }),
      fakeRecord({ id: 'b', scorecard: fakeScorecard({}, 85) }),
    ];
    const { container } = render(
      <PickScreen scenarios={[scenario]} history={history} onPick={() => undefined} />,
    );
    const card = screen.getByRole('article', { name: 'Tiny' });
    expect(card).toHaveTextContent('A very short call.');
    expect(card).toHaveTextContent('Medium');
    expect(card).toHaveTextContent('Be patient · Keep it brief');
    expect(card).toHaveTextContent('85 / 100 (Strong)');
    await expectNoAxeViolations(container);
  });

  it('says a scenario has not been tried yet', () => {
    render(<PickScreen scenarios={[fakeUiScenario()]} history={[]} onPick={() => undefined} />);
    expect(screen.getByRole('article', { name: 'Tiny' })).toHaveTextContent('Not tried yet');
  });

  it('hands the picked scenario object to onPick', async () => {
    const scenario = fakeUiScenario();
    const onPick = vi.fn();
    render(<PickScreen scenarios={[scenario]} history={[]} onPick={onPick} />);
    await userEvent.click(screen.getByRole('button', { name: 'Practise “Tiny”' }));
    expect(onPick).toHaveBeenCalledWith(scenario);
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CoverageCheck } from '../../src/ui/own/CoverageCheck';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

describe('Check coverage on the own-scenario screen', () => {
  it('lists a node no path reaches at its line, and is axe-clean', async () => {
    const scenario = fakeUiScenario();
    const [, some] = Object.entries(scenario.nodes)[0] ?? [];
    if (!some) throw new Error('no node');
    const orphan = { ...scenario, nodes: { ...scenario.nodes, orphanNode: some } };
    const { container } = renderWithServices(
      <CoverageCheck
        scenario={orphan}
        name="mine.yaml"
        locate={(path) => ({ line: path.includes('orphanNode') ? 42 : 1, column: 3 })}
      />,
      fakeServices(),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Check coverage' }));
    expect(
      await screen.findByText('mine.yaml:42:3: no path reaches node "orphanNode"', undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/not covered/);
    await expectNoAxeViolations(container);
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryHistory } from '../../src/storage/memoryHistory';
import { App, loadCampaignCode } from '../../src/ui/App';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeRecord, fakeScorecard, fakeServices, fakeUiScenario } from '../helpers/uiFakes';

beforeAll(async () => {
  await loadCampaignCode();
});

const scenario = fakeUiScenario();

describe('a past debrief', () => {
  it('opens again from the progress screen, graded again from its call, with its own address', async () => {
    // The stored score was edited to 99: the reopened debrief grades the call itself.
    const history = memoryHistory([fakeRecord({ scorecard: fakeScorecard({}, 99) })]);
    const { container } = renderWithServices(
      <App library={{ scenarios: [scenario], problems: [] }} />,
      fakeServices({ history }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Progress' }));
    await userEvent.click(
      await screen.findByRole(
        'button',
        { name: /^Open the debrief of “Tiny”/ },
        { timeout: 10_000 },
      ),
    );
    expect(
      // The debrief's chunk (with the grader) is loaded on demand: slow on a busy machine.
      await screen.findByRole('heading', { level: 1, name: 'Debrief: Tiny' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/progress/record-1');
    // Rebuilt from its events: the line is the authored choice it recorded.
    expect(screen.getByRole('list', { name: 'Transcript of call 1' })).toHaveTextContent(
      scenario.nodes.hello?.reply?.choices[0]?.say ?? '∅',
    );
    expect(
      screen.getByRole('heading', { level: 3, name: /^Timing: \d+ \/ 100$/ }),
    ).toBeInTheDocument();
    // The edited 99 is nowhere: the scores are the grader's for this call.
    expect(screen.queryByText('99')).toBeNull();
    await expectNoAxeViolations(container);
    // Practising again from here starts a new campaign of the scenario.
    await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan your call: Tiny');
  });

  it('says so when the campaign is not in the history', async () => {
    window.history.replaceState(null, '', '#/progress/nothing-here');
    renderWithServices(<App library={{ scenarios: [scenario], problems: [] }} />, fakeServices());
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'not in the history on this device',
    );
  });
});

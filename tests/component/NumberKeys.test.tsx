import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CampaignScreen } from '../../src/ui/campaign/CampaignScreen';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';

async function toFirstTurn() {
  renderWithServices(
    <CampaignScreen
      scenario={fakeUiScenario()}
      onShowProgress={() => undefined}
      onExit={() => undefined}
    />,
    fakeServices(),
  );
  await userEvent.click(screen.getByRole('radio', { name: /^Day 3\b/ }));
  await userEvent.click(screen.getByRole('radio', { name: /10:30/ }));
  await userEvent.click(screen.getByRole('button', { name: /^Dial/ }));
}

describe('choosing a line by its number', () => {
  it('picks the line shown first when 1 is pressed, and says so in the hint', async () => {
    await toFirstTurn();
    expect(screen.getByText(/Choose what to say \(or press 1 to \d\):/)).toBeInTheDocument();
    const first = screen.getAllByRole('button').find((b) => b.classList.contains('choice'));
    const said = first?.textContent?.replace(/^1/, '') ?? '∅';
    await userEvent.keyboard('1');
    expect(screen.getByRole('list', { name: /Transcript/ })).toHaveTextContent(said);
  });

  it('types the number into the answer box instead when that has focus', async () => {
    await toFirstTurn();
    const box = screen.getByLabelText('Or say it in your own words');
    await userEvent.type(box, '1');
    expect(box).toHaveValue('1');
    expect(screen.getByRole('heading', { name: 'Your turn' })).toBeInTheDocument();
  });
});

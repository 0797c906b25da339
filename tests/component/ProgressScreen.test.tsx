import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toHistoryFile } from '../../src/storage/historyFile';
import { memoryHistory } from '../../src/storage/memoryHistory';
import ProgressScreen from '../../src/ui/progress/ProgressScreen';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeRecord, fakeScorecard, fakeServices } from '../helpers/uiFakes';

function jsonFile(name: string, text: string) {
  return new File([text], name, { type: 'application/json' });
}

describe('the progress screen', () => {
  it('says the history stays on the device, even before anything is kept', async () => {
    const { container } = renderWithServices(<ProgressScreen />);
    expect(screen.getByText(/stays on this device/)).toBeInTheDocument();
    expect(await screen.findByText(/No finished campaigns yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export history (JSON)' })).toBeDisabled();
    await expectNoAxeViolations(container);
  });

  it('charts each dimension over campaigns and lists the numbers', async () => {
    const history = memoryHistory([
      fakeRecord({ id: 'a', finishedAt: '2026-03-01T10:00:00Z', scorecard: fakeScorecard({}, 55) }),
      fakeRecord({ id: 'b', finishedAt: '2026-03-04T10:00:00Z', scorecard: fakeScorecard({}, 85) }),
    ]);
    const { container } = renderWithServices(<ProgressScreen />, fakeServices({ history }));
    expect(
      await screen.findByRole('img', { name: /^Timing over 2 campaigns: 55, 85/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Composure over 2 campaigns/ })).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Finished campaigns, newest first' }),
    ).toHaveTextContent('85');
    await expectNoAxeViolations(container);
  });

  it('imports a history file and says how many campaigns it added', async () => {
    const history = memoryHistory([fakeRecord({ id: 'a' })]);
    renderWithServices(<ProgressScreen />, fakeServices({ history }));
    const text = JSON.stringify(
      toHistoryFile([fakeRecord({ id: 'a' }), fakeRecord({ id: 'b' })], 'now'),
    );
    await userEvent.upload(
      screen.getByLabelText('Import a history file'),
      jsonFile('backup.json', text),
    );
    expect(
      await screen.findByText(/Imported 1 campaign from “backup.json”. 1 was already here./),
    ).toBeInTheDocument();
    expect((await history.list()).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('refuses a bad file with the reason and changes nothing', async () => {
    const history = memoryHistory([fakeRecord({ id: 'a' })]);
    renderWithServices(<ProgressScreen />, fakeServices({ history }));
    await userEvent.upload(
      screen.getByLabelText('Import a history file'),
      jsonFile('notes.json', '{"hello": 1}'),
    );
    const message = await screen.findByText(/was not imported/);
    expect(message).toHaveTextContent(
      '“notes.json” was not imported. This is not a Follow-Up Call Trainer history file',
    );
    expect(message).toHaveTextContent('Nothing was changed.');
    await waitFor(async () => expect((await history.list()).map((r) => r.id)).toEqual(['a']));
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toHistoryFile } from '../../src/storage/historyFile';
import { memoryHistory } from '../../src/storage/memoryHistory';
import ProgressScreen from '../../src/ui/progress/ProgressScreen';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeClock } from '../helpers/fakeClock';
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

  it('charts each scenario apart, with its own campaigns, and lists the numbers with times', async () => {
    const history = memoryHistory([
      fakeRecord({
        id: 'a',
        finishedAt: '2026-03-01T10:00:00Z',
        scorecard: fakeScorecard({}, 100),
      }),
      fakeRecord({
        id: 'b',
        scenarioId: 'hard',
        scenarioTitle: 'Hard one',
        finishedAt: '2026-03-02T10:00:00Z',
        scorecard: fakeScorecard({}, 16),
      }),
      fakeRecord({ id: 'c', finishedAt: '2026-03-04T10:00:00Z', scorecard: fakeScorecard({}, 85) }),
    ]);
    const { container } = renderWithServices(<ProgressScreen />, fakeServices({ history }));
    // The easy scenario's 100 and the hard one's 16 are never one line.
    expect(
      await screen.findByRole('img', {
        name: /^Tiny over 2 campaigns, (?:from .+ to .+|on .+): 100, 85/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Hard one over 1 campaign, on .+: 16/ }),
    ).toBeInTheDocument();
    // Last practised first.
    const charts = screen.getAllByRole('img').map((i) => i.getAttribute('aria-label') ?? '');
    expect(charts[0]).toMatch(/^Tiny/);
    const table = screen.getByRole('table', { name: 'Finished campaigns, newest first' });
    expect(table).toHaveTextContent('85');
    expect(table).toHaveTextContent(/\d{1,2}:\d{2}/);
    await expectNoAxeViolations(container);
  });

  it('imports a history file and says how many campaigns it added', async () => {
    const history = memoryHistory([fakeRecord({ id: 'a' })]);
    // The device's clock is after the campaigns finished (one finished later would be refused).
    const clock = fakeClock(Date.parse('2026-03-09T12:00:00.000Z'));
    renderWithServices(<ProgressScreen />, fakeServices({ history, clock }));
    const text = JSON.stringify(
      toHistoryFile([fakeRecord({ id: 'a' }), fakeRecord({ id: 'b' })], 'now'),
    );
    await userEvent.upload(
      screen.getByLabelText('Import a history file'),
      jsonFile('backup.json', text),
    );
    expect(
      // The import re-grades each campaign with the grader's chunk: slow on a busy machine.
      await screen.findByText(
        /Imported 1 campaign from “backup.json”. 1 was already here./,
        {},
        { timeout: 10_000 },
      ),
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
    const message = await screen.findByText(/was not imported/, {}, { timeout: 10_000 });
    expect(message).toHaveTextContent(
      '“notes.json” was not imported. This is not a Follow-Up Call Trainer history file',
    );
    expect(message).toHaveTextContent('Nothing was changed.');
    await waitFor(async () => expect((await history.list()).map((r) => r.id)).toEqual(['a']));
  });
});

describe('a long history', () => {
  it('lists the newest 50 campaigns, then more on request', async () => {
    const records = Array.from({ length: 120 }, (_, i) =>
      fakeRecord({
        id: `r${i}`,
        finishedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
      }),
    );
    const { container } = renderWithServices(
      <ProgressScreen />,
      fakeServices({ history: memoryHistory(records) }),
    );
    const table = await screen.findByRole('table', { name: 'Finished campaigns, newest first' });
    const rows = () => within(table).getAllByRole('row').length - 1;
    expect(rows()).toBe(50);
    expect(screen.getByText('Showing the newest 50 of 120.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(rows()).toBe(100);
    await userEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(rows()).toBe(120);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
    expect(screen.getByRole('region', { name: 'Finished campaigns' })).toHaveFocus();
  });

  it('deletes one campaign after asking in its row, and keeps it when told to', async () => {
    const history = memoryHistory([
      fakeRecord({ id: 'a', finishedAt: '2026-03-01T10:00:00Z', scorecard: fakeScorecard({}, 55) }),
      fakeRecord({ id: 'b', finishedAt: '2026-03-04T10:00:00Z', scorecard: fakeScorecard({}, 85) }),
    ]);
    const { container } = renderWithServices(<ProgressScreen />, fakeServices({ history }));
    const deletes = await screen.findAllByRole('button', { name: /^Delete “Tiny”/ });
    expect(deletes).toHaveLength(2);
    await userEvent.click(deletes[1] as HTMLElement);
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(await history.list()).toHaveLength(2);
    await userEvent.click(
      screen.getAllByRole('button', { name: /^Delete “Tiny”/ })[1] as HTMLElement,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
    await waitFor(async () => expect((await history.list()).map((r) => r.id)).toEqual(['b']));
    expect(screen.getAllByRole('button', { name: /^Delete “Tiny”/ })).toHaveLength(1);
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resilientHistory } from '../../src/storage/resilientHistory';
import { webSessionShelf } from '../../src/storage/sessionShelf';
import { storageHealth } from '../../src/storage/storageHealth';
import { tabSessions } from '../../src/storage/tabSessions';
import type { HistoryStore } from '../../src/storage/types';
import { App, loadCampaignCode } from '../../src/ui/App';
import { StorageHealthProvider } from '../../src/ui/storageHealth';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices, fakeUiScenario } from '../helpers/uiFakes';
import { fakeStorage } from '../unit/storage/fakeBrowser';

// The campaign's code is fetched ahead, as the app does when the learner reaches for it.
beforeAll(async () => {
  await loadCampaignCode();
});

const library = { scenarios: [fakeUiScenario()], problems: [] };
const blocked = () => Promise.reject(new DOMException('blocked', 'InvalidStateError'));
const refusingHistory: HistoryStore = {
  list: blocked,
  save: blocked,
  importRecords: blocked,
  remove: blocked,
};

/** The app on a browser whose local storage is full and whose IndexedDB refuses everything. */
function renderOnFullStorage() {
  const health = storageHealth();
  const full = fakeStorage();
  full.failWrites = true;
  const session = tabSessions(webSessionShelf(full, { onProblem: () => health.report('session') }));
  const history = resilientHistory(refusingHistory, () => health.report('history'));
  return renderWithServices(
    <StorageHealthProvider health={health}>
      <App library={library} />
    </StorageHealthProvider>,
    fakeServices({ session, history }),
  );
}

const SESSION_NOTICE = /Your browser is not saving this call/;
const HISTORY_NOTICE = /Finished campaigns are kept in this tab only/;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('when the browser will not store anything', () => {
  it('keeps the call playable, says so once, and still exports the finished campaign', async () => {
    const created = vi.fn((_blob: Blob) => 'blob:history');
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }),
    );
    renderOnFullStorage();
    const status = await screen.findByText(HISTORY_NOTICE);
    expect(status.closest('[role="status"]')).not.toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Practise “Tiny”' }));
    await userEvent.click(screen.getByRole('radio', { name: /^Day 3\b/ }));
    await userEvent.click(screen.getByRole('radio', { name: /10:30/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Dial/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Call 1 to Acme' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Hang up' }));
    // Every one of those steps failed to be written: the learner is told once.
    expect(screen.getAllByText(SESSION_NOTICE)).toHaveLength(1);
    expect(screen.getAllByText(HISTORY_NOTICE)).toHaveLength(1);
    await expectNoAxeViolations(document.body);

    await userEvent.click(screen.getByRole('button', { name: 'Move on to other openings' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Debrief: Tiny' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'See my progress' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your progress' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Finished campaigns/ })).toHaveTextContent(
      'Tiny',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export history (JSON)' }));
    expect(screen.getByText('Exported 1 campaign.')).toBeInTheDocument();
    const blob = created.mock.calls[0]?.[0];
    expect(blob).toBeInstanceOf(Blob);
    const exported = JSON.parse(await (blob as Blob).text());
    expect(exported.campaigns).toHaveLength(1);
  });

  it('offers the way to export from any screen but the progress screen', async () => {
    renderOnFullStorage();
    await screen.findByText(HISTORY_NOTICE);
    await userEvent.click(screen.getByRole('button', { name: 'Go to your progress to export' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your progress' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Go to your progress to export' }),
    ).not.toBeInTheDocument();
    expect(screen.getAllByText(HISTORY_NOTICE)).toHaveLength(1);
  });
});

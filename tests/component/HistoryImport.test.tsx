import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gradeCall } from '../../src/scoring/index';
import { toHistoryFile } from '../../src/storage/historyFile';
import { memoryHistory } from '../../src/storage/memoryHistory';
import type { CampaignRecord } from '../../src/storage/types';
import { HistoryTransfer } from '../../src/ui/progress/HistoryTransfer';
import ProgressScreen from '../../src/ui/progress/ProgressScreen';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeClock } from '../helpers/fakeClock';
import { renderWithServices } from '../helpers/renderUi';
import { fakeRecord, fakeServices } from '../helpers/uiFakes';

const NOW = Date.parse('2026-03-09T12:00:00.000Z');

function renderProgress(initial: CampaignRecord[] = []) {
  const history = memoryHistory(initial);
  const view = renderWithServices(
    <ProgressScreen />,
    fakeServices({ history, clock: fakeClock(NOW) }),
  );
  return { ...view, history };
}

// The file picker's filter is only a hint: a learner can still pick "All files".
const user = userEvent.setup({ applyAccept: false });
async function importFile(file: File) {
  await user.upload(screen.getByLabelText('Import a history file'), file);
}
const json = (name: string, data: unknown) =>
  new File([JSON.stringify(data)], name, { type: 'application/json' });

describe('importing a history file', () => {
  it('says a picture is not a history file, in words, without its bytes', async () => {
    const { container, history } = renderProgress();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff]);
    await importFile(new File([png], 'photo.png', { type: 'image/png' }));
    const message = await screen.findByText(/was not imported/);
    expect(message).toHaveTextContent(
      '“photo.png” was not imported. This is not a history file: it looks like a PNG image, not JSON text. Nothing was changed.',
    );
    expect(message.textContent).not.toContain('\uFFFD');
    expect(message.textContent).not.toContain('\u001A');
    expect(await history.list()).toEqual([]);
    await expectNoAxeViolations(container);
  });

  it('names an id that appears twice in the file, not as one already here', async () => {
    const { history } = renderProgress([fakeRecord({ id: 'kept' })]);
    await importFile(
      json('twice.json', toHistoryFile([fakeRecord({ id: 'a' }), fakeRecord({ id: 'a' })], 'now')),
    );
    const message = await screen.findByText(/was not imported/);
    expect(message).toHaveTextContent('Campaign 2 → id: "a" appears twice in this file');
    expect(message).not.toHaveTextContent(/already here/);
    expect((await history.list()).map((r) => r.id)).toEqual(['kept']);
  });

  it('refuses a campaign dated in the future, so it cannot top the history', async () => {
    const { history } = renderProgress();
    await importFile(
      json(
        'future.json',
        toHistoryFile([fakeRecord({ finishedAt: '2099-12-31T00:00:00Z' })], 'now'),
      ),
    );
    expect(await screen.findByText(/was not imported/)).toHaveTextContent(
      'finishedAt: 2099-12-31 is in the future',
    );
    expect(await history.list()).toEqual([]);
  });

  it('stores the scores the grader gives, not the ones written in the file', async () => {
    const { history } = renderProgress();
    const record = fakeRecord({ id: 'edited' });
    const edited = { ...record, scorecard: { ...record.scorecard, overall: 100 } };
    await importFile(json('edited.json', toHistoryFile([edited], 'now')));
    expect(await screen.findByText(/Imported 1 campaign from “edited.json”/)).toBeInTheDocument();
    const [stored] = await history.list();
    expect(stored?.scorecard).toEqual(gradeCall(record.log));
    expect(stored?.scorecard.overall).not.toBe(100);
  });

  it('says so when the grader cannot be loaded, and changes nothing', async () => {
    const onImport = async () => ({ added: 1, alreadyHere: 0 });
    renderWithServices(
      <HistoryTransfer
        records={[]}
        now={() => new Date(NOW).toISOString()}
        onImport={onImport}
        grader={() => Promise.reject(new Error('offline'))}
      />,
    );
    await importFile(json('backup.json', toHistoryFile([fakeRecord()], 'now')));
    expect(await screen.findByText(/was not imported/)).toHaveTextContent(
      'the part of the app that scores campaigns could not be loaded',
    );
  });
});

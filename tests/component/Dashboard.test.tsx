import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DashboardScreen from '../../src/ui/dashboard/DashboardScreen';
import { CSV_COLUMNS } from '../../src/workshop/csv';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeClock } from '../helpers/fakeClock';
import { renderWithServices } from '../helpers/renderUi';
import { builtIn, choicesLog, fakeAttempt, fakeResults } from '../helpers/resultsFakes';
import { fakeServices } from '../helpers/uiFakes';

const desk = builtIn('friendly-receptionist');
const services = () => fakeServices({ clock: fakeClock(Date.parse('2026-03-09T12:00:00.000Z')) });

function resultsFile(name: string, choices: number[], fileName = `${name}.json`): File {
  const results = fakeResults({
    name,
    attempts: [fakeAttempt({ id: name, log: choicesLog(desk, choices) })],
  });
  return new File([JSON.stringify(results)], fileName, { type: 'application/json' });
}

function blobsSaved() {
  const blobs: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:x';
    }),
    revokeObjectURL: vi.fn(),
  });
  // jsdom cannot follow a download link.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('the class dashboard', () => {
  it('loads many files at once, lists a bad one with its reason, and sums up the rest', async () => {
    const { container } = renderWithServices(<DashboardScreen scenarios={[desk]} />, services());
    expect(screen.getByRole('heading', { level: 1, name: 'Class dashboard' })).toBeInTheDocument();
    expect(screen.getByText(/Nothing leaves this device/)).toBeInTheDocument();
    await expectNoAxeViolations(container);

    const input = screen.getByLabelText('Choose results files');
    expect(input).toHaveAttribute('multiple');
    await userEvent.upload(input, [
      resultsFile('Ana', [0, 0, 0, 0]),
      new File(['{"format": "something-else"}'], 'notes.json', { type: 'application/json' }),
      resultsFile('Ben', [2, 2]),
    ]);
    expect(
      await screen.findByText('Loaded 2 files; 1 could not be loaded (listed with the reason).'),
    ).toBeInTheDocument();
    const refused = screen.getByRole('region', {
      name: 'Files and codes that could not be loaded (1)',
    });
    expect(refused).toHaveTextContent(
      'notes.json: This is not a Follow-Up Call Trainer results file',
    );
    expect(screen.getByRole('heading', { name: '2 campaigns by 2 people' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Box plots of the class's scores/ }),
    ).toHaveAccessibleName(/Overall: median \d+/);
    const problems = screen.getByRole('region', { name: 'Common problems' });
    expect(problems).toHaveTextContent(/You did not thank them\. 1 of 2 campaigns, 1 person/);
    const who = screen.getByRole('table', { name: /Who finished which scenario/ });
    expect(within(who).getAllByRole('row')).toHaveLength(3);
    const choices = screen.getByRole('region', { name: 'Choices at each branch point' });
    expect(choices).toHaveTextContent('1 of 2 1. Hi Dana, this is [your name].');
    await expectNoAxeViolations(container);
  });

  it('keeps the loaded files across a reload of the tab, and forgets them when cleared', async () => {
    const first = renderWithServices(<DashboardScreen scenarios={[desk]} />, services());
    await userEvent.upload(screen.getByLabelText('Choose results files'), [
      resultsFile('Ana', [0, 0, 0, 0]),
      resultsFile('Ben', [2, 2]),
    ]);
    expect(await screen.findByText('Loaded 2 files.')).toBeInTheDocument();
    first.unmount();

    // The page reloads: the same tab's dashboard checks and grades the kept texts again.
    const again = renderWithServices(<DashboardScreen scenarios={[desk]} />, services());
    expect(
      await screen.findByText(
        'Loaded again the 2 files of this tab from before the page reloaded.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '2 campaigns by 2 people' })).toBeInTheDocument();
    await expectNoAxeViolations(again.container);

    await userEvent.click(screen.getByRole('button', { name: 'Clear the dashboard' }));
    again.unmount();
    renderWithServices(<DashboardScreen scenarios={[desk]} />, services());
    expect(screen.queryByRole('heading', { name: /campaigns? by/ })).toBeNull();
    expect(screen.queryByText(/Loaded again/)).toBeNull();
  });

  it('says once, and goes on, when the tab will not keep the files', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    renderWithServices(<DashboardScreen scenarios={[desk]} />, services());
    await userEvent.upload(screen.getByLabelText('Choose results files'), [
      resultsFile('Ana', [0, 0, 0, 0]),
    ]);
    expect(
      await screen.findByText(
        /^Loaded 1 file; this browser would not keep them for a reload .* so they stay only until the page reloads\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '1 campaign by 1 person' })).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('Choose results files'), [
      resultsFile('Ben', [2, 2]),
    ]);
    expect(await screen.findByText('Loaded 1 file.')).toBeInTheDocument();
  });

  it('downloads the CSV, and clears everything when asked', async () => {
    const blobs = blobsSaved();
    renderWithServices(<DashboardScreen scenarios={[desk]} />, services());
    await userEvent.upload(screen.getByLabelText('Choose results files'), [
      resultsFile('Rivera, Sam', [1, 1]),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Download CSV' }));
    const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    // A byte-order mark, so a spreadsheet reads the names as UTF-8 (text() would drop it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blobs[0]?.text();
    expect(text?.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(text).toContain('"Rivera, Sam"');

    await userEvent.click(screen.getByRole('button', { name: 'Clear the dashboard' }));
    expect(screen.getByText(/Cleared\. The files themselves are untouched/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
  });

  it('takes files dropped on it, and counts a file dropped twice once', async () => {
    renderWithServices(<DashboardScreen scenarios={[desk]} />, services());
    const zone = screen.getByLabelText('Choose results files').closest('.file-drop');
    if (!zone) throw new Error('no drop zone');
    const ana = resultsFile('Ana', [0, 0, 0, 0]);
    fireEvent.drop(zone, { dataTransfer: { files: [ana, resultsFile('Ben', [1, 1])] } });
    expect(await screen.findByText('Loaded 2 files.')).toBeInTheDocument();
    fireEvent.drop(zone, { dataTransfer: { files: [ana] } });
    expect(await screen.findByText('Loaded 0 files; 1 was already here.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '2 campaigns by 2 people' })).toBeInTheDocument();
  });

  it('says who finished every ticked scenario', async () => {
    const filled = builtIn('position-filled');
    const both = fakeResults({
      name: 'Ana',
      attempts: [
        fakeAttempt({ id: 'a1' }),
        fakeAttempt({
          id: 'a2',
          scenarioId: filled.id,
          scenarioTitle: filled.title,
          log: choicesLog(filled, [0, 0]),
        }),
      ],
    });
    renderWithServices(<DashboardScreen scenarios={[desk, filled]} />, services());
    await userEvent.upload(screen.getByLabelText('Choose results files'), [
      new File([JSON.stringify(both)], 'ana.json'),
      resultsFile('Ben', [0, 0, 0, 0]),
    ]);
    expect(
      await screen.findByText(/Finished all 2 chosen scenarios: 1 of 2 \(Ana\)/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: filled.title }));
    await waitFor(() =>
      expect(screen.getByText(/Finished all 1 chosen scenario: 2 of 2/)).toBeInTheDocument(),
    );
  });
});

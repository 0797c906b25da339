import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HandInResults } from '../../src/ui/progress/HandInResults';
import { resultsFileName } from '../../src/ui/workshop/handIn';
import { DEFAULT_PACK_SETTINGS, newPack } from '../../src/workshop/packTypes';
import { parseResultsFile } from '../../src/workshop/results';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeRecord } from '../helpers/uiFakes';

const NOW = () => '2026-03-09T12:00:00.000Z';

afterEach(() => localStorage.clear());

function saved() {
  const files: { blob: Blob; name: string }[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      files.push({ blob, name: '' });
      return 'blob:x';
    }),
    revokeObjectURL: vi.fn(),
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const last = files[files.length - 1];
    if (last) last.name = this.download;
  });
  return { files, click };
}

describe('hand in my results', () => {
  it('prefills the name kept on this device and saves a results file of the chosen campaigns', async () => {
    localStorage.setItem('follow-up-call-trainer.ownName', 'Zoë Ångström');
    const { files } = saved();
    const records = [
      fakeRecord({ id: 'a' }),
      fakeRecord({ id: 'b', scenarioId: 'other', scenarioTitle: 'Other' }),
    ];
    const { container } = renderWithServices(<HandInResults records={records} now={NOW} />);
    const name = screen.getByLabelText('Your name as the facilitator will see it (optional)');
    expect(name).toHaveValue('Zoë Ångström');
    await expectNoAxeViolations(container);

    await userEvent.selectOptions(screen.getByLabelText('Which campaigns'), 'Other (1)');
    await userEvent.click(screen.getByRole('button', { name: 'Download my results file' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved your results file with 1 campaign. Give it to your facilitator.',
    );
    expect(files[0]?.name).toBe('follow-up-call-results-Zoë-Ångström-2026-03-09.json');
    const parsed = parseResultsFile((await files[0]?.blob.text()) ?? '', { fileName: 'x.json' });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.results.name).toBe('Zoë Ångström');
    expect(parsed.results.attempts.map((a) => a.id)).toEqual(['b']);
  });

  it('is disabled until a campaign is finished, and names a file without a name by the day', () => {
    renderWithServices(<HandInResults records={[]} now={NOW} />);
    expect(screen.getByRole('button', { name: 'Download my results file' })).toBeDisabled();
    expect(resultsFileName(undefined, NOW())).toBe('follow-up-call-results-2026-03-09.json');
    expect(resultsFileName('李 / 小龍', NOW())).toBe(
      'follow-up-call-results-李-小龍-2026-03-09.json',
    );
  });

  it('in a workshop, hands in the pack’s campaigns by default, with its id, title, list and display name', async () => {
    localStorage.setItem('follow-up-call-trainer.ownName', 'Zoë');
    const { files } = saved();
    const pack = newPack({
      id: 'tue-am',
      title: 'Tuesday morning',
      scenarios: ['tiny', 'other'],
      settings: DEFAULT_PACK_SETTINGS,
    });
    const openedAt = Date.parse('2026-03-05T09:00:00.000Z');
    const records = [
      fakeRecord({ id: 'before', finishedAt: '2026-03-01T10:00:00.000Z' }),
      fakeRecord({ id: 'in', finishedAt: '2026-03-05T10:00:00.000Z' }),
      fakeRecord({
        id: 'elsewhere',
        scenarioId: 'not-in-pack',
        scenarioTitle: 'Elsewhere',
        finishedAt: '2026-03-05T11:00:00.000Z',
      }),
    ];
    const { container } = renderWithServices(
      <HandInResults
        records={records}
        now={NOW}
        workshop={{ pack, openedAt, displayName: 'Table 4', scoresShown: false }}
      />,
    );
    expect(
      screen.getByLabelText('Your name as the facilitator will see it (optional)'),
    ).toHaveValue('Table 4');
    expect(screen.getByLabelText('Which campaigns')).toHaveDisplayValue(
      'This workshop’s campaigns, “Tuesday morning” (1)',
    );
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Download my results file' }));
    const text = (await files[0]?.blob.text()) ?? '';
    // The pack holds the scores: the file shows none either.
    expect(text).not.toContain('shownScore');
    const parsed = parseResultsFile(text, { fileName: 'x.json' });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.results.name).toBe('Table 4');
    expect(parsed.results.pack).toEqual({
      id: 'tue-am',
      title: 'Tuesday morning',
      scenarios: ['tiny', 'other'],
    });
    expect(parsed.results.attempts.map((a) => a.id)).toEqual(['in']);
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HandInResults } from '../../src/ui/progress/HandInResults';
import { parseResultsFile } from '../../src/workshop/results';
import { decodeResultsCode, QR_CODE_MAX_CHARS } from '../../src/workshop/resultsCode';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeRecord } from '../helpers/uiFakes';

const NOW = () => '2026-03-09T12:00:00.000Z';

function quietDownloads() {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
}

/** A campaign whose lines do not compress away: many of them are too much for one QR code. */
function wordyRecord(i: number) {
  const line = (n: number) =>
    Array.from({ length: 12 }, (_, k) =>
      ((i * 7919 + n * 104729 + k * 31337) % 99991).toString(36),
    ).join(' ');
  return fakeRecord({
    id: `wordy-${i}`,
    log: {
      scenario: 'tiny',
      attempts: [
        {
          day: 3,
          time: '10:00',
          reached: 'interviewer',
          turns: [1, 2, 3, 4].map((n) => ({ speaker: 'me' as const, text: line(n) })),
        },
      ],
    },
  });
}

describe('hand in my results as a QR code', () => {
  it('shows the saved results as a QR code, with the code as text and that the file always works', async () => {
    quietDownloads();
    const { container } = renderWithServices(
      <HandInResults records={[fakeRecord({ id: 'a' })]} now={NOW} />,
    );
    expect(screen.queryByRole('img', { name: /QR code of your results/ })).toBeNull();
    await userEvent.type(
      screen.getByLabelText('Your name as the facilitator will see it (optional)'),
      'Ama',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download my results file' }));
    const qr = await screen.findByRole('img', { name: /QR code of your results/ });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(screen.getByText(/the file always works/)).toBeInTheDocument();
    const code = container.querySelector('[data-code]')?.getAttribute('data-code') ?? '';
    expect(screen.getByLabelText('Your results code')).toHaveValue(code);
    const decoded = decodeResultsCode(code);
    if (!decoded.ok) throw new Error(decoded.reason);
    const parsed = parseResultsFile(decoded.json, { fileName: 'QR code' });
    expect(parsed.ok && parsed.results.name).toBe('Ama');
    expect(parsed.ok && parsed.results.attempts.map((a) => a.id)).toEqual(['a']);
    await expectNoAxeViolations(container);

    // A change of name makes the code stale: it goes until the file is saved again.
    await userEvent.type(
      screen.getByLabelText('Your name as the facilitator will see it (optional)'),
      'n',
    );
    expect(screen.queryByRole('img', { name: /QR code of your results/ })).toBeNull();
  });

  it('says plainly when the results are too much for one QR code', async () => {
    quietDownloads();
    const records = Array.from({ length: 14 }, (_, i) => wordyRecord(i));
    const { container } = renderWithServices(<HandInResults records={records} now={NOW} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download my results file' }));
    expect(
      await screen.findByText('These results are too much for one QR code: hand in the file.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /QR code/ })).toBeNull();
    expect(container.querySelector('[data-code]')).toBeNull();
    await expectNoAxeViolations(container);
    expect(QR_CODE_MAX_CHARS).toBe(1500);
  });
});

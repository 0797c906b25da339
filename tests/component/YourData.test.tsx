import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexedDbHistory } from '../../src/storage/indexedDbHistory';
import ProgressScreen from '../../src/ui/progress/ProgressScreen';
import { YourData } from '../../src/ui/progress/YourData';
import { expectNoAxeViolations } from '../helpers/axe';
import { renderWithServices } from '../helpers/renderUi';
import { fakeRecord, fakeServices } from '../helpers/uiFakes';

const NOW = () => '2026-03-09T12:00:00.000Z';
const kept = { persisted: async () => true };

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('your data', () => {
  it('says what is kept where, that nothing is sent, and whether the browser keeps it', async () => {
    const { container } = renderWithServices(
      <YourData records={[]} now={NOW} onErased={vi.fn()} storage={kept} />,
    );
    const section = screen.getByRole('region', { name: 'Your data' });
    expect(section).toHaveTextContent('Finished campaigns');
    expect(section).toHaveTextContent('(IndexedDB)');
    expect(section).toHaveTextContent('A call in progress, your name and your voice settings');
    expect(section).toHaveTextContent('local storage');
    expect(section).toHaveTextContent('Nothing is sent anywhere');
    expect(section).toHaveTextContent('speech recognition may send the audio');
    expect(
      await screen.findByText('Your browser has agreed to keep this data until you delete it.'),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('asks first, offers the export, and deletes only on the second step', async () => {
    const erase = vi.fn(async () => []);
    const onErased = vi.fn();
    const created = vi.fn(() => 'blob:history');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const records = [fakeRecord({ id: 'a' }), fakeRecord({ id: 'b' })];
    const { container } = renderWithServices(
      <YourData records={records} now={NOW} onErased={onErased} erase={erase} storage={kept} />,
    );
    const start = screen.getByRole('button', { name: 'Delete all my data…' });
    await userEvent.click(start);
    const question = screen.getByRole('heading', {
      name: 'Delete all your data from this browser?',
    });
    expect(question).toHaveFocus();
    expect(screen.getByText(/This deletes your 2 finished campaigns/)).toHaveTextContent(
      'It cannot be undone. Export your history first to keep a copy.',
    );
    await expectNoAxeViolations(container);

    await userEvent.click(screen.getByRole('button', { name: 'Export history first (JSON)' }));
    expect(created).toHaveBeenCalledTimes(1);
    const section = within(screen.getByRole('region', { name: 'Your data' }));
    expect(section.getByText('Exported 2 campaigns.')).toBeInTheDocument();
    expect(erase).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(erase).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete all my data…' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(erase).toHaveBeenCalledTimes(1);
    expect(await section.findByText(/^Deleted\./)).toHaveTextContent(
      'Your finished campaigns, any call in progress, your name and your voice settings are gone from this browser.',
    );
    // Said politely through the app's one live region, without moving focus there.
    expect(container.querySelector('[data-announcer]')).toHaveTextContent(/^Deleted\./);
    expect(onErased).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Delete all my data…' })).toHaveFocus();
    await expectNoAxeViolations(container);
  });

  it('says what the browser would not delete', async () => {
    renderWithServices(
      <YourData
        records={[]}
        now={NOW}
        onErased={vi.fn()}
        erase={async () => ['history']}
        storage={{}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    expect(
      screen.queryByRole('button', { name: 'Export history first (JSON)' }),
    ).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    const section = within(screen.getByRole('region', { name: 'Your data' }));
    expect(await section.findByText(/^Not everything could be deleted/)).toHaveTextContent(
      'your browser refused to remove your finished campaigns.',
    );
  });
});

describe('deleting from the progress screen', () => {
  it('empties the stored history and the settings, and the screen shows it at once', async () => {
    const history = indexedDbHistory(indexedDB);
    await history.save(fakeRecord({ id: 'a' }));
    localStorage.setItem('follow-up-call-trainer.ownName', 'Sam Rivera');
    localStorage.setItem('follow-up-call-trainer/session/s1', '{}');
    renderWithServices(<ProgressScreen />, fakeServices({ history }));
    expect(
      await screen.findByRole('table', { name: 'Finished campaigns, newest first' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything' }));

    expect(await screen.findByText(/No finished campaigns yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(await history.list()).toEqual([]);
    await waitFor(() => expect(localStorage.length).toBe(0));
  });
});

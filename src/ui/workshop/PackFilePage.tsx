/**
 * Opening a workshop pack file (a pack too big for a link: the coach's own scenarios carry
 * their YAML): picked, dropped or pasted, read and checked by the same decoder as a link, then
 * kept on this device like a pack opened from a link.
 */
import { useId, useState } from 'react';
import { packFileName, readPackText } from '../../workshop/packFile';
import { FileDrop } from '../components/FileDrop';
import { ScreenHeading } from '../components/ScreenHeading';
import { useServices } from '../services';
import './workshop.css';

export interface PackFilePageProps {
  /** The workshop the link named, if it did. */
  title?: string | undefined;
  /** The library's scenario ids: a pack naming another is refused. */
  scenarioIds: readonly string[];
  /** Once the pack is kept on this device (by default the app starts again, in the workshop). */
  onOpened?: () => void;
}

// Far above any pack file (its pack is at most about 87,000 characters).
const MAX_BYTES = 1024 * 1024;

function startInWorkshop() {
  window.history.replaceState(null, '', '#/');
  window.location.reload();
}

export default function PackFilePage({
  title,
  scenarioIds,
  onOpened = startInWorkshop,
}: PackFilePageProps) {
  const id = useId();
  const { clock } = useServices();
  const [pasted, setPasted] = useState('');
  const [said, setSaid] = useState<{ text: string; problem: boolean }>();
  const [busy, setBusy] = useState(false);
  const open = async (text: string, what: string) => {
    setBusy(true);
    setSaid({ text: `Opening ${what}…`, problem: false });
    try {
      const read = readPackText(text);
      if (!read.ok) {
        setSaid({ text: `${what}: ${read.reason}`, problem: true });
        return;
      }
      const { openPack } = await import('./openPack');
      const opened = openPack(read.encoded, scenarioIds, clock.now(), read.from);
      if (opened.refused) setSaid({ text: `${what}: ${opened.refused}`, problem: true });
      else {
        setSaid({
          text: `Opened “${opened.pack?.title ?? ''}”. Starting the workshop…`,
          problem: false,
        });
        onOpened();
      }
    } catch {
      setSaid({
        text: 'The part of the app that opens workshops did not load. Check your connection and reload the page.',
        problem: true,
      });
    } finally {
      setBusy(false);
    }
  };
  const openFile = async ([file]: File[]) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setSaid({
        text: `“${file.name}” is ${Math.round(file.size / 1024)} KB: too big to be a workshop pack file.`,
        problem: true,
      });
      return;
    }
    await open(await file.text(), `“${file.name}”`);
  };
  return (
    <section className="screen pack-file" aria-labelledby={id}>
      <ScreenHeading id={id}>Open a workshop pack file</ScreenHeading>
      {title ? (
        <p className="lead">
          The workshop “{title}” comes as a file, <strong>{packFileName(title)}</strong>: it holds
          scenarios your facilitator wrote, too many for a link. Your facilitator shares the file (a
          shared folder, the chat or e-mail). Save it on this device, then open it here.
        </p>
      ) : (
        <p className="lead">
          A workshop too big for a link comes as a file whose name ends in “.pack.json”. Open the
          one your facilitator shared.
        </p>
      )}
      <FileDrop
        label="Open the pack file"
        multiple={false}
        disabled={busy}
        hint="Choose the file, or drop it here."
        onFiles={(files) => void openFile(files)}
      />
      <div className="field pack-file-paste">
        <label htmlFor={`${id}-paste`}>Or paste the pack file’s text, or a workshop link</label>
        <textarea
          id={`${id}-paste`}
          rows={4}
          spellCheck={false}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
        <button
          type="button"
          disabled={busy || pasted.trim() === ''}
          onClick={() => void open(pasted, 'The pasted text')}
        >
          Open the pasted pack
        </button>
      </div>
      <div role="status" aria-live="polite">
        {said && <p className={said.problem ? 'field-problem' : undefined}>{said.text}</p>}
      </div>
      <p className="hint">
        The pack opens on this device: nothing is sent anywhere. Its scenarios are checked here
        before they are played.
      </p>
    </section>
  );
}

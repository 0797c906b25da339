import { useId, useState } from 'react';
import { parseHistoryFile, toHistoryFile } from '../../storage/historyFile';
import type { CampaignRecord, ImportSummary } from '../../storage/types';

export interface HistoryTransferProps {
  records: readonly CampaignRecord[];
  /** ISO moment for the file's name and header. */
  now: () => string;
  onImport: (records: CampaignRecord[]) => Promise<ImportSummary>;
}

type Message = { kind: 'ok' | 'error'; text: string } | undefined;

// Far above any real history; stops a wrong pick (a video, a disk image) from being read.
const MAX_BYTES = 10 * 1024 * 1024;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** Export all history as a JSON file; import one back (validated; a bad file changes nothing). */
export function HistoryTransfer({ records, now, onImport }: HistoryTransferProps) {
  const id = useId();
  const [message, setMessage] = useState<Message>();
  const importFile = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setMessage({
        kind: 'error',
        text: `“${file.name}” was not imported: it is too large to be a history file. Nothing was changed.`,
      });
      return;
    }
    const parsed = parseHistoryFile(await file.text());
    if (!parsed.ok) {
      setMessage({
        kind: 'error',
        text: `“${file.name}” was not imported. ${parsed.reason} Nothing was changed.`,
      });
      return;
    }
    try {
      const { added, alreadyHere } = await onImport(parsed.records);
      const kept =
        alreadyHere > 0
          ? ` ${alreadyHere} ${alreadyHere === 1 ? 'was' : 'were'} already here.`
          : '';
      setMessage({
        kind: 'ok',
        text: `Imported ${added} campaign${added === 1 ? '' : 's'} from “${file.name}”.${kept}`,
      });
    } catch {
      setMessage({
        kind: 'error',
        text: `“${file.name}” could not be stored on this device. Nothing was changed.`,
      });
    }
  };
  return (
    <section className="transfer" aria-labelledby={id}>
      <h2 id={id}>Export and import</h2>
      <p>
        Keep a copy of your history, or move it to another device or browser. Exporting saves one
        JSON file; importing adds the campaigns you do not have yet and keeps everything already
        here.
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={records.length === 0}
          onClick={() => {
            const stamp = now();
            download(
              `follow-up-call-history-${stamp.slice(0, 10)}.json`,
              JSON.stringify(toHistoryFile(records, stamp), null, 2),
            );
            setMessage({
              kind: 'ok',
              text: `Exported ${records.length} campaign${records.length === 1 ? '' : 's'}.`,
            });
          }}
        >
          Export history (JSON)
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>Import a history file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <div
        role="status"
        className={message?.kind === 'error' ? 'message message-error' : 'message'}
      >
        {message && (
          <p>
            <span aria-hidden="true">{message.kind === 'error' ? '⚠ ' : '✓ '}</span>
            {message.text}
          </p>
        )}
      </div>
    </section>
  );
}

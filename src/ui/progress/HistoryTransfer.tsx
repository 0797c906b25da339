import { useEffect, useId, useState } from 'react';
import type { CallLog, Scorecard } from '../../scoring/types';
import { parseHistoryFile } from '../../storage/historyFile';
import type { CampaignRecord, ImportSummary } from '../../storage/types';
import { exportHistory } from './exportHistory';

/** The grader, fetched when a file is imported (it is a large chunk, not needed to show progress). */
export type GraderLoader = () => Promise<(log: CallLog) => Scorecard>;

const loadGrader: GraderLoader = () => import('./graderChunk').then((m) => m.gradeCall);

export interface HistoryTransferProps {
  records: readonly CampaignRecord[];
  /** ISO moment for the file's name and header, and to refuse campaigns finished in the future. */
  now: () => string;
  onImport: (records: CampaignRecord[]) => Promise<ImportSummary>;
  /** How to fetch the grader that scores imported campaigns again; tests may swap it. */
  grader?: GraderLoader;
}

type Message = { kind: 'ok' | 'error' | 'busy'; text: string } | undefined;

// Far above any real history; stops a wrong pick (a video, a disk image) from being read.
const MAX_BYTES = 10 * 1024 * 1024;

/** Export all history as a JSON file; import one back (validated; a bad file changes nothing). */
export function HistoryTransfer({
  records,
  now,
  onImport,
  grader = loadGrader,
}: HistoryTransferProps) {
  const id = useId();
  const [message, setMessage] = useState<Message>();
  useEffect(() => {
    // Fetched while the learner looks at their progress (usually cached from a campaign by
    // then), so an import need not wait for it.
    grader().catch(() => undefined);
  }, [grader]);
  const importFile = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setMessage({
        kind: 'error',
        text: `“${file.name}” was not imported: it is too large to be a history file. Nothing was changed.`,
      });
      return;
    }
    setMessage({ kind: 'busy', text: `Checking “${file.name}”…` });
    let grade: Awaited<ReturnType<GraderLoader>>;
    let text: string;
    try {
      [grade, text] = await Promise.all([grader(), file.text()]);
    } catch {
      setMessage({
        kind: 'error',
        text: `“${file.name}” was not imported: the part of the app that scores campaigns could not be loaded (check your connection and try again). Nothing was changed.`,
      });
      return;
    }
    const parsed = parseHistoryFile(text, { now: Date.parse(now()), grade });
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
        here. Imported campaigns are scored again from their calls.
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={records.length === 0}
          onClick={() => setMessage({ kind: 'ok', text: exportHistory(records, now()) })}
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
            {message.kind !== 'busy' && (
              <span aria-hidden="true">{message.kind === 'error' ? '⚠ ' : '✓ '}</span>
            )}
            {message.text}
          </p>
        )}
      </div>
    </section>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import type { CampaignRecord } from '../../storage/types';
import { useAnnounce } from '../announcer';
import type { EraseProblem } from '../privacy/eraseDeviceData';
import { exportHistory } from './exportHistory';

export interface DeleteAllDataProps {
  records: readonly CampaignRecord[];
  /** ISO moment, for the export's name and header. */
  now: () => string;
  /** Deletes everything the app keeps in this browser; says what it could not delete. */
  erase: () => Promise<EraseProblem[]>;
  /** Told once the data is gone, so the screen shows the empty history. */
  onErased: () => void;
}

type Step =
  | { name: 'idle' }
  | { name: 'confirming' }
  | { name: 'deleting' }
  | { name: 'done'; problems: EraseProblem[] };

const NOT_DELETED: Record<EraseProblem, string> = {
  history: 'your finished campaigns',
  settings: 'the call in progress and your settings',
};

/**
 * "Delete all my data", in two steps: the first says what goes and offers the export; only
 * the second deletes. Focus moves to the question, and back to the first button after.
 */
export function DeleteAllData({ records, now, erase, onErased }: DeleteAllDataProps) {
  const id = useId();
  const announce = useAnnounce();
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [exported, setExported] = useState<string>();
  const startButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  // Where focus goes once the next step is on screen.
  const focusNext = useRef<'question' | 'start'>(undefined);
  useEffect(() => {
    if (step.name === 'deleting') return;
    const target = focusNext.current === 'question' ? question : startButton;
    if (focusNext.current) target.current?.focus();
    focusNext.current = undefined;
  }, [step]);
  const count = records.length;
  const start = () => {
    setExported(undefined);
    focusNext.current = 'question';
    setStep({ name: 'confirming' });
  };
  const cancel = () => {
    focusNext.current = 'start';
    setStep({ name: 'idle' });
  };
  const confirm = async () => {
    setStep({ name: 'deleting' });
    const problems = await erase();
    focusNext.current = 'start';
    setStep({ name: 'done', problems });
    onErased();
  };
  const status =
    step.name === 'deleting'
      ? 'Deleting…'
      : step.name === 'done'
        ? step.problems.length === 0
          ? 'Deleted. Your finished campaigns, any call in progress, your name and your voice settings are gone from this browser.'
          : `Not everything could be deleted: your browser refused to remove ${step.problems
              .map((p) => NOT_DELETED[p])
              .join(' and ')}. Try again, or clear this site’s data in the browser’s settings.`
        : exported;
  const failed = step.name === 'done' && step.problems.length > 0;
  useEffect(() => {
    if (status) announce(status);
  }, [status, announce]);
  return (
    <div className="delete-data">
      {step.name === 'confirming' || step.name === 'deleting' ? (
        <section className="confirm-delete" aria-labelledby={`${id}-question`}>
          <h3 id={`${id}-question`} ref={question} tabIndex={-1}>
            Delete all your data from this browser?
          </h3>
          <p>
            This deletes{' '}
            {count === 0
              ? 'any call in progress'
              : `your ${count} finished campaign${count === 1 ? '' : 's'}, any call in progress`}
            , your name and your voice settings. It cannot be undone.
            {count > 0 && ' Export your history first to keep a copy.'} Close the app’s other tabs
            first: a call going on there would be saved again.
          </p>
          <div className="actions">
            {count > 0 && (
              <button
                type="button"
                className="secondary"
                disabled={step.name === 'deleting'}
                onClick={() => setExported(exportHistory(records, now()))}
              >
                Export history first (JSON)
              </button>
            )}
            <button
              type="button"
              className="danger"
              disabled={step.name === 'deleting'}
              onClick={() => void confirm()}
            >
              Delete everything
            </button>
            <button
              type="button"
              className="secondary"
              disabled={step.name === 'deleting'}
              onClick={cancel}
            >
              Cancel
            </button>
          </div>
        </section>
      ) : (
        <div className="actions">
          <button type="button" className="danger" ref={startButton} onClick={start}>
            Delete all my data…
          </button>
        </div>
      )}
      {/* Said through the app's one live region (announcer.tsx), shown here. */}
      <div className={failed ? 'message message-error' : 'message'}>
        {status && (
          <p>
            <span aria-hidden="true">{failed ? '⚠ ' : step.name === 'deleting' ? '' : '✓ '}</span>
            {status}
          </p>
        )}
      </div>
    </div>
  );
}

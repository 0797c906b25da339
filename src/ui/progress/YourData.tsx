import { useEffect, useId, useState } from 'react';
import { safely } from '../../storage/browserStorage';
import type { CampaignRecord } from '../../storage/types';
import { type EraseProblem, eraseDeviceData } from '../privacy/eraseDeviceData';
import { isDataKept, type PersistentStorage } from '../shell/keepData';
import { DeleteAllData } from './DeleteAllData';
import './yourData.css';

/** Everything the app keeps in this browser, deleted. */
export const eraseThisBrowser = (): Promise<EraseProblem[]> =>
  eraseDeviceData({
    indexedDB: safely(() => window.indexedDB),
    localStorage: safely(() => window.localStorage),
    sessionStorage: safely(() => window.sessionStorage),
  });

export interface YourDataProps {
  records: readonly CampaignRecord[];
  now: () => string;
  /** Re-reads the history once the data is gone. */
  onErased: () => void;
  /** Tests swap these; the app uses the browser's own. */
  erase?: () => Promise<EraseProblem[]>;
  storage?: Partial<PersistentStorage> | undefined;
}

const KEPT: Record<'yes' | 'no', string> = {
  yes: 'Your browser has agreed to keep this data until you delete it.',
  no: 'Your browser may clear this data if the device runs short of space: export your history now and then to keep a copy.',
};

/** What the app keeps and where, what leaves the device (nothing, except speech), and the way to delete it all. */
export function YourData({
  records,
  now,
  onErased,
  erase = eraseThisBrowser,
  storage = safely(() => navigator.storage),
}: YourDataProps) {
  const id = useId();
  const [kept, setKept] = useState<'yes' | 'no'>();
  useEffect(() => {
    let live = true;
    void isDataKept(storage).then((answer) => {
      if (live && answer !== undefined) setKept(answer ? 'yes' : 'no');
    });
    return () => {
      live = false;
    };
  }, [storage]);
  return (
    <section className="your-data" aria-labelledby={id}>
      <h2 id={id}>Your data</h2>
      <p>Everything the app keeps stays in this browser, on this device:</p>
      <ul>
        <li>
          <strong>Finished campaigns</strong> (the calls, what you chose, typed or said, and the
          scores): in the browser’s database (IndexedDB).
        </li>
        <li>
          <strong>A call in progress, your name and your voice settings</strong>: in the browser’s
          local storage.
        </li>
        <li>
          <strong>The app itself</strong>, so it opens with no connection: in the browser’s cache.
          It holds no data of yours.
        </li>
      </ul>
      <p>
        Nothing is sent anywhere: there is no account, no tracking and no server of ours. A history
        file goes only where you save it. The one exception is answering out loud: your browser’s
        speech recognition may send the audio of your answer to its maker’s service (Chrome and Edge
        do, unless on-device recognition is on). You are asked before the microphone is first used,
        and typing always works.
      </p>
      {kept && <p>{KEPT[kept]}</p>}
      <DeleteAllData records={records} now={now} erase={erase} onErased={onErased} />
    </section>
  );
}

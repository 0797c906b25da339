import { lazy, Suspense, useId, useState } from 'react';
import type { CampaignRecord } from '../../storage/types';
import type { Pack } from '../../workshop/packTypes';
import type { ResultsFileOut } from '../../workshop/results';
import { packCampaigns } from '../../workshop/rules';
import { rememberedName } from '../model/ownName';
import { loadDisplayName } from '../workshop/displayName';
import { handInResults } from '../workshop/handIn';

/** The workshop pack in play: its campaigns are offered first, and the file names it. */
export interface HandInWorkshop {
  pack: Pack;
  openedAt: number;
  /** The display name the pack asked for. */
  displayName?: string;
  /** False while the pack holds the scores: the file shows none. */
  scoresShown: boolean;
}

export interface HandInResultsProps {
  records: readonly CampaignRecord[];
  workshop?: HandInWorkshop;
  /** ISO moment for the file's header and name. */
  now: () => string;
  /** The class dashboard, for a facilitator who reads this screen. */
  onOpenDashboard?: () => void;
}

const PACK = '\u0000pack';

const ResultsQr = lazy(() => import('./ResultsQr'));

/** For a workshop: a results file of the finished campaigns, with the name the facilitator will see. */
export function HandInResults({ records, workshop, now, onOpenDashboard }: HandInResultsProps) {
  const id = useId();
  const [name, setName] = useState(
    () => workshop?.displayName ?? loadDisplayName() ?? rememberedName() ?? '',
  );
  // '' is every finished campaign; PACK the workshop's (the default in one).
  const [scenarioId, setScenarioId] = useState(workshop ? PACK : '');
  // What the last download said and saved; a change of name or campaigns makes it stale.
  const [saved, setSaved] = useState<{ said: string; file: ResultsFileOut }>();
  const scenarios = [...new Map(records.map((r) => [r.scenarioId, r.scenarioTitle])).entries()];
  const countOf = (sid: string) => records.filter((r) => r.scenarioId === sid).length;
  const inPack = workshop ? packCampaigns(workshop.pack, workshop.openedAt, records) : [];
  const chosen =
    (scenarioId === PACK && workshop) || scenarios.some(([sid]) => sid === scenarioId)
      ? scenarioId
      : '';
  const handed =
    chosen === PACK ? inPack : chosen ? records.filter((r) => r.scenarioId === chosen) : records;
  return (
    <section className="hand-in" aria-labelledby={id}>
      <h2 id={id}>Hand in your results</h2>
      <p>
        In a workshop, save a results file and give it to your facilitator (a shared folder, a USB
        stick or e-mail). It holds your calls, what you chose, typed or said, and the name below.
        Nothing is sent anywhere by the app.
      </p>
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name as the facilitator will see it (optional)</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="name"
          maxLength={80}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setSaved(undefined);
          }}
        />
      </div>
      {(scenarios.length > 1 || workshop) && (
        <div className="field">
          <label htmlFor={`${id}-which`}>Which campaigns</label>
          <select
            id={`${id}-which`}
            value={chosen}
            onChange={(e) => {
              setScenarioId(e.currentTarget.value);
              setSaved(undefined);
            }}
          >
            {workshop && (
              <option value={PACK}>
                This workshop’s campaigns, “{workshop.pack.title}” ({inPack.length})
              </option>
            )}
            <option value="">All finished campaigns ({records.length})</option>
            {scenarios.map(([sid, title]) => (
              <option key={sid} value={sid}>
                {title} ({countOf(sid)})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={handed.length === 0}
          onClick={() =>
            setSaved(
              handInResults(handed, {
                name,
                handedInAt: now(),
                scoresShown: workshop?.scoresShown ?? true,
                ...(workshop
                  ? {
                      pack: {
                        id: workshop.pack.id,
                        title: workshop.pack.title,
                        scenarios: workshop.pack.scenarios,
                      },
                    }
                  : {}),
              }),
            )
          }
        >
          Download my results file
        </button>
        {onOpenDashboard && (
          <button type="button" className="secondary" onClick={onOpenDashboard}>
            Facilitator: open the class dashboard
          </button>
        )}
      </div>
      <div role="status" className="message">
        {saved && (
          <p>
            <span aria-hidden="true">✓ </span>
            {saved.said}
          </p>
        )}
      </div>
      {saved && (
        <Suspense fallback={null}>
          <ResultsQr results={saved.file} />
        </Suspense>
      )}
    </section>
  );
}

import { useId } from 'react';
import type { ScenarioCard as Card } from '../../scenario/card';
import type { CampaignRecord } from '../../storage/types';
import { MapLink, ScenarioCard } from '../components/ScenarioCard';
import { ScreenHeading } from '../components/ScreenHeading';
import { bestScores } from '../model/bestScores';
import { useActivePack } from '../workshop/ActivePack';

export interface PickScreenProps {
  scenarios: readonly Card[];
  history: readonly CampaignRecord[];
  onPick: (scenario: Card) => void;
  /** In a workshop pack: its title (the scenarios are the pack's, in its order). */
  workshopTitle?: string;
  /** A coach's own scenarios kept on this device (not in a workshop): id and title. */
  own?: readonly Card[];
}

/** Scenario cards: title, situation, difficulty, the tips it trains, best previous score. */
export function PickScreen({
  scenarios,
  history,
  onPick,
  workshopTitle,
  own = [],
}: PickScreenProps) {
  const id = useId();
  const { rules, roomForTab, setRoomForTab } = useActivePack();
  const { scoresShown } = rules;
  const best = scoresShown ? bestScores(history) : new Map<string, number>();
  return (
    <section className="screen" aria-labelledby={id}>
      <ScreenHeading id={id}>
        {workshopTitle === undefined ? 'Choose a call to practise' : `Workshop: ${workshopTitle}`}
      </ScreenHeading>
      <p className="lead">
        Rehearse the follow-up call after a job interview: decide when to call, handle whoever picks
        up, then see what went well and what to change.
      </p>
      <details className="how-it-works" open={history.length === 0}>
        <summary>How it works</summary>
        <ol>
          <li>
            <strong>A campaign</strong> is one follow-up, from the first call to waiting for their
            answer or moving on. You may make a few calls, on the days and at the times you choose.
          </li>
          <li>
            <strong>The calendar</strong> counts days from the interview (day 0) and names each
            weekday; the office is closed on some days and answers only in office hours.
          </li>
          <li>
            <strong>On a call</strong> you pick a line, type your own, or say it out loud. Whoever
            picks up, the receptionist, a voicemail or the interviewer, reacts to what you say.
          </li>
          <li>
            <strong>The debrief</strong> scores five things out of 100: timing (when and how often
            you called), brevity, politeness, purpose (what a follow-up is for) and composure (calm,
            never pushy), and opens with the three things to work on first.
          </li>
        </ol>
        <p>Everything stays on this device.</p>
      </details>
      {workshopTitle === undefined ? (
        <>
          <p>
            Writing your own? <a href="#/own">Open your own scenario</a>: check it and play it here.
          </p>
          <p>
            Given a workshop file? <a href="#/pack-file">Open a workshop pack file</a>.
          </p>
        </>
      ) : (
        <p>Play these scenarios in this order.</p>
      )}
      {rules.room && !roomForTab ? (
        <p className="room-toggle">Room mode (projector) is on for this workshop.</p>
      ) : (
        <p className="room-toggle">
          <label>
            <input
              type="checkbox"
              checked={roomForTab}
              aria-describedby={`${id}-room`}
              onChange={(e) => setRoomForTab(e.target.checked)}
            />{' '}
            Room mode (projector)
          </label>{' '}
          <span id={`${id}-room`} className="hint">
            For a facilitator: one call shown large for the whole room, which decides each line.
            Kept for this tab.
          </span>
        </p>
      )}
      {scenarios.length === 0 && <p>No scenarios are available.</p>}
      <ul className="cards">
        {scenarios.map((s) => {
          const score = best.get(s.id);
          return (
            <li key={s.id}>
              <ScenarioCard
                scenario={s}
                onPick={onPick}
                map
                {...(score === undefined ? {} : { best: score })}
                {...(scoresShown ? {} : { bestHidden: true })}
              />
            </li>
          );
        })}
      </ul>
      {own.length > 0 && (
        <section aria-labelledby={`${id}-own`}>
          <h2 id={`${id}-own`}>My scenarios</h2>
          <p className="hint">
            Kept on this device from “Open your own scenario”; each is checked again when played.
          </p>
          <ul className="kept">
            {own.map((s) => {
              const score = best.get(s.id);
              return (
                <li key={s.id}>
                  <strong>{s.title}</strong>
                  {score === undefined ? '' : ` (your best: ${score} / 100)`}{' '}
                  <button
                    type="button"
                    className="small"
                    onClick={() => onPick(s)}
                    aria-label={`Practise “${s.title}”`}
                  >
                    Practise
                  </button>{' '}
                  <MapLink scenario={s} small />
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}

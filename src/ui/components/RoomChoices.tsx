import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { Reply } from '../../scenario/schema';
import { ROOM_LIMITS, type RoomTally } from '../../scoring/types';
import { handsIn, mostHands, tallyOf } from '../model/roomTally';
import { choiceForKey, pageKey } from './presenterKeys';
import './room.css';

export interface RoomChoicesProps {
  reply: Reply;
  /** Authored choice indexes in the order shown (the numbers the room sees). */
  order: readonly number[];
  sayNow: (text: string) => string;
  /** The line the room went with, and its show of hands (empty counts when none was typed). */
  onChoose: (index: number, room: RoomTally) => void;
  /** Whether the model line may be shown (a pack may keep it back). */
  modelAnswers: boolean;
  /** Where Escape in a hands box goes, so the number keys pick again. */
  home: RefObject<HTMLElement | null>;
}

/**
 * A branch decided by the room (room mode): the numbered lines, a box beside each for the
 * show of hands, and the presenter's keys. Keyed by turn, so each branch starts empty.
 */
export function RoomChoices({
  reply,
  order,
  sayNow,
  onChoose,
  modelAnswers,
  home,
}: RoomChoicesProps) {
  const id = useId();
  const [typed, setTyped] = useState<string[]>(() => order.map(() => ''));
  const [modelShown, setModelShown] = useState(false);
  const [problem, setProblem] = useState('');
  const firstBox = useRef<HTMLInputElement>(null);
  const model = modelAnswers && reply.model !== undefined ? sayNow(reply.model) : undefined;
  const last = Math.min(order.length, 9);
  const pick = (index: number) => onChoose(index, tallyOf(typed, order));
  const keys = useRef({ pick, order, hasModel: model !== undefined });
  keys.current = { pick, order, hasModel: model !== undefined };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = pageKey(e);
      if (key === undefined) return;
      const { order, pick, hasModel } = keys.current;
      const index = choiceForKey(key, order);
      if (index !== undefined) pick(index);
      else if ((key === 'm' || key === 'M') && hasModel) setModelShown((shown) => !shown);
      else if (key === 'h' || key === 'H') firstBox.current?.focus();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const goWithRoom = (e: FormEvent) => {
    e.preventDefault();
    const place = mostHands(typed);
    const index = place === undefined ? undefined : order[place];
    if (index !== undefined) {
      pick(index);
      return;
    }
    const any = typed.some((t) => (handsIn(t) ?? 0) > 0);
    setProblem(
      any
        ? 'Two lines have the most hands: pick one with its button, or press Esc and its number.'
        : 'No hands counted yet: type how many chose each line, or pick a line.',
    );
  };
  return (
    <form className="room-choices" onSubmit={goWithRoom} aria-describedby={`${id}-keys`}>
      <p id={`${id}-keys`} className="room-keys">
        Presenter keys: <kbd>1</kbd>–<kbd>{last}</kbd> pick a line · <kbd>H</kbd> count hands ·{' '}
        <kbd>Enter</kbd> go with the most hands · <kbd>Esc</kbd> leave the hands boxes
        {model !== undefined && (
          <>
            {' '}
            · <kbd>M</kbd> show the model answer
          </>
        )}
      </p>
      <ul className="choices">
        {order.map((index, place) => {
          const choice = reply.choices[index];
          if (!choice) return null;
          const n = place + 1;
          return (
            <li key={index} className="room-choice">
              <button
                type="button"
                className="choice"
                onClick={() => pick(index)}
                {...(place < 9 ? { 'aria-keyshortcuts': String(n) } : {})}
              >
                <span className="choice-key" aria-hidden="true">
                  {n}
                </span>
                {sayNow(choice.say)}
              </button>
              <label className="hands">
                Hands
                <input
                  aria-label={`Hands for line ${n}`}
                  ref={place === 0 ? firstBox : undefined}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={ROOM_LIMITS.hands}
                  step={1}
                  value={typed[place] ?? ''}
                  onChange={(e) => {
                    const text = e.target.value;
                    setProblem('');
                    setTyped((t) => t.map((v, p) => (p === place ? text : v)));
                  }}
                  onKeyDown={(e) => {
                    if (e.key !== 'Escape') return;
                    e.preventDefault();
                    home.current?.focus();
                  }}
                />
              </label>
            </li>
          );
        })}
      </ul>
      <p className="room-actions">
        <button type="submit">Go with the most hands</button>
        {model !== undefined && (
          <button
            type="button"
            className="secondary"
            aria-expanded={modelShown}
            aria-controls={`${id}-model`}
            aria-keyshortcuts="M"
            onClick={() => setModelShown((shown) => !shown)}
          >
            {modelShown ? 'Hide the model answer' : 'Show the model answer'} (M)
          </button>
        )}
      </p>
      <p role="status" className="room-problem">
        {problem}
      </p>
      {model !== undefined && (
        <p id={`${id}-model`} className="room-model" hidden={!modelShown}>
          <span className="model-label">Model answer: </span>“{model}”
        </p>
      )}
    </form>
  );
}

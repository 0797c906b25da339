import { useEffect, useId, useRef, useState } from 'react';
import type { ScenarioCard } from '../../scenario/card';
import type { RefusedScenario } from '../../workshop/packScenarios';

export interface ScenarioOrderProps {
  scenarios: readonly ScenarioCard[];
  /** The facilitator's own scenarios kept on this device that pass the checks (with their file names). */
  own?: readonly (ScenarioCard & { fileName: string })[];
  /** Kept ones that do not pass the checks: shown with why, not offered. */
  ownRefused?: readonly RefusedScenario[];
  /** The chosen scenario ids, in order. */
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

type Focus =
  | { id: string; button: 'up' | 'down' | 'remove' | 'add' }
  | { heading: 'chosen' | 'all' };

/**
 * Picks scenarios into the pack, built-in ones and the facilitator's own, and orders them with
 * buttons (no dragging needed).
 */
export function ScenarioOrder({
  scenarios,
  own = [],
  ownRefused = [],
  chosen,
  onChange,
}: ScenarioOrderProps) {
  const id = useId();
  const [said, setSaid] = useState('');
  const [focus, setFocus] = useState<Focus>();
  const buttons = useRef(new Map<string, HTMLElement>());
  const titleOf = (sid: string) =>
    scenarios.find((s) => s.id === sid)?.title ?? own.find((s) => s.id === sid)?.title ?? sid;
  const available = scenarios.filter((s) => !chosen.includes(s.id));
  const ownAvailable = own.filter((s) => !chosen.includes(s.id));
  const isOwn = (sid: string) => own.some((s) => s.id === sid);
  // Focus follows the scenario that moved; a button that became disabled hands it on.
  useEffect(() => {
    if (!focus) return;
    const key = 'heading' in focus ? `heading:${focus.heading}` : `${focus.button}:${focus.id}`;
    const target = buttons.current.get(key);
    if (target && !(target instanceof HTMLButtonElement && target.disabled)) target.focus();
    else if ('id' in focus) buttons.current.get(`remove:${focus.id}`)?.focus();
    setFocus(undefined);
  }, [focus]);
  const keep = (key: string) => (el: HTMLElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };
  const move = (sid: string, by: -1 | 1) => {
    const at = chosen.indexOf(sid);
    const to = at + by;
    if (at < 0 || to < 0 || to >= chosen.length) return;
    const next = [...chosen];
    next.splice(at, 1);
    next.splice(to, 0, sid);
    onChange(next);
    setSaid(`“${titleOf(sid)}” is now ${to + 1} of ${next.length}.`);
    const edge = by < 0 ? to === 0 : to === next.length - 1;
    setFocus({ id: sid, button: edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down' });
  };
  const add = (sid: string) => {
    // Focus moves on to the next scenario of the same list.
    const list: readonly { id: string }[] = isOwn(sid) ? ownAvailable : available;
    const rest = list.filter((s) => s.id !== sid);
    const after = list.findIndex((s) => s.id === sid);
    const nextFocus = rest[Math.min(after, rest.length - 1)];
    onChange([...chosen, sid]);
    setSaid(`Added “${titleOf(sid)}”, ${chosen.length + 1} of ${chosen.length + 1}.`);
    setFocus(nextFocus ? { id: nextFocus.id, button: 'add' } : { heading: 'chosen' });
  };
  const remove = (sid: string) => {
    const at = chosen.indexOf(sid);
    const next = chosen.filter((c) => c !== sid);
    onChange(next);
    setSaid(`Removed “${titleOf(sid)}”.`);
    const neighbour = next[Math.min(at, next.length - 1)];
    setFocus(neighbour ? { id: neighbour, button: 'remove' } : { heading: 'all' });
  };
  return (
    <div className="scenario-order">
      <section aria-labelledby={`${id}-chosen`}>
        <h3 id={`${id}-chosen`} tabIndex={-1} ref={keep('heading:chosen')}>
          In the pack, in order ({chosen.length})
        </h3>
        {chosen.length === 0 ? (
          <p>None yet: add scenarios from the list.</p>
        ) : (
          <ol className="pack-order">
            {chosen.map((sid, i) => {
              const title = titleOf(sid);
              return (
                <li key={sid}>
                  <span className="pack-order-title">{title}</span>
                  {isOwn(sid) && <span className="hint"> (your own)</span>}
                  <span className="pack-order-actions">
                    <button
                      type="button"
                      className="secondary small"
                      ref={keep(`up:${sid}`)}
                      disabled={i === 0}
                      aria-label={`Move “${title}” up`}
                      onClick={() => move(sid, -1)}
                    >
                      ↑ Up
                    </button>
                    <button
                      type="button"
                      className="secondary small"
                      ref={keep(`down:${sid}`)}
                      disabled={i === chosen.length - 1}
                      aria-label={`Move “${title}” down`}
                      onClick={() => move(sid, 1)}
                    >
                      ↓ Down
                    </button>
                    <button
                      type="button"
                      className="secondary small"
                      ref={keep(`remove:${sid}`)}
                      aria-label={`Remove “${title}”`}
                      onClick={() => remove(sid)}
                    >
                      Remove
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section aria-labelledby={`${id}-all`}>
        <h3 id={`${id}-all`} tabIndex={-1} ref={keep('heading:all')}>
          Scenarios to add
        </h3>
        {available.length === 0 ? (
          <p>Every scenario is in the pack.</p>
        ) : (
          <ul className="pack-available">
            {available.map((s) => (
              <AvailableItem
                key={s.id}
                scenario={s}
                detail={s.difficulty}
                addRef={keep(`add:${s.id}`)}
                onAdd={() => add(s.id)}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-own`}>
        <h3 id={`${id}-own`}>Your own scenarios</h3>
        {own.length === 0 && ownRefused.length === 0 ? (
          <p>
            None kept on this device. Write or open one on{' '}
            <a href="#/own">Open your own scenario</a>, check it and keep it: it is offered here.
          </p>
        ) : (
          <>
            <p className="hint">
              Kept on this device. A pack carries their scenario files; each participant’s device
              checks them as it checks every scenario.
            </p>
            {own.length > 0 && ownAvailable.length === 0 && <p>All of them are in the pack.</p>}
            {ownAvailable.length > 0 && (
              <ul className="pack-available">
                {ownAvailable.map((s) => (
                  <AvailableItem
                    key={s.id}
                    scenario={s}
                    detail={`your own, ${s.fileName}; ${s.difficulty}`}
                    addRef={keep(`add:${s.id}`)}
                    onAdd={() => add(s.id)}
                  />
                ))}
              </ul>
            )}
            {ownRefused.length > 0 && (
              <div className="notice-warning">
                <p>
                  These do not pass the checks, so they cannot go in a pack. Mend them on{' '}
                  <a href="#/own">Open your own scenario</a>:
                </p>
                <ul className="problems">
                  {ownRefused.map((r) => (
                    <li key={r.id}>
                      “{r.title}”: <code>{r.reason}</code>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </section>
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </div>
  );
}

/** A scenario that can be added to the pack: its title, a detail, its summary and "Add". */
function AvailableItem({
  scenario,
  detail,
  addRef,
  onAdd,
}: {
  scenario: { title: string; summary: string };
  detail: string;
  addRef: (element: HTMLButtonElement | null) => void;
  onAdd: () => void;
}) {
  return (
    <li>
      <span>
        <strong>{scenario.title}</strong> <span className="hint">({detail})</span>
        <br />
        <span className="hint">{scenario.summary}</span>
      </span>
      <button
        type="button"
        className="small"
        ref={addRef}
        aria-label={`Add “${scenario.title}”`}
        onClick={onAdd}
      >
        Add
      </button>
    </li>
  );
}

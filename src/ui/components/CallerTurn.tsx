import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Reply } from '../../scenario/schema';
import type { RoomTally } from '../../scoring/types';
import { useFocusWhen } from '../focusPolicy';
import { loadDraft, saveDraft } from '../model/drafts';
import { useServices } from '../services';
import { useSessionRules } from '../workshop/ActivePack';
import { LoadProblemBoundary } from './LoadProblemBoundary';
import { OwnWordsForm } from './OwnWordsForm';
import { choiceForKey, pageKey } from './presenterKeys';
import { RoomChoices } from './RoomChoices';

// Answering out loud needs the speech layer: it comes in its own chunk, after the call starts.
const VoiceAnswer = lazy(() => import('../voice/VoiceAnswer'));

export interface CallerTurnProps {
  reply: Reply;
  /** Authored choice indexes in the order to show them. */
  order: readonly number[];
  /** Changes with every new turn, so focus comes back here each time. */
  turnKey: string;
  /** A line picked; in room mode with the room's show of hands. */
  onChoose: (index: number, room?: RoomTally) => void;
  /** A line as said now (the hour, the learner's name, the messages left), from the core. */
  sayNow: (text: string) => string;
  /** Where this turn's typed draft is kept for a reload (the session and the turn). */
  draftKey?: string;
  /**
   * A typed line (no `seconds`) or a spoken one (with how long it took to say): whether it was
   * sent, at once when the classifier is here, else once it has loaded (a promise that rejects
   * when it could not be: the line was not understood).
   */
  onSay: (text: string, seconds?: number) => boolean | Promise<boolean>;
  /** What is in the answer box, as the learner types (the line may be read ahead). */
  onDraft?: (draft: string) => void;
}

/** Why a line was not sent, in one line. */
export const NOT_UNDERSTOOD =
  'Your line could not be sent: part of the app did not load. Check your connection and press Say it again.';

/** Adds words heard before a failed voice turn to what is already typed: nothing is lost. */
export function withHeardWords(draft: string, heard: string): string {
  const typed = draft.trim();
  return typed === '' ? heard : `${typed} ${heard}`;
}

/** The caller's turn: pick one of the lines, say it out loud, or type your own. */
export function CallerTurn(props: CallerTurnProps) {
  const { reply, turnKey, onChoose, onSay, sayNow, draftKey } = props;
  const { modes, room, modelAnswers } = useSessionRules();
  // A workshop may leave out choosing a line: then no lines, and no number keys, are offered.
  const order = modes.choose ? props.order : [];
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraftState] = useState(() => loadDraft(draftKey));
  const setDraft = (next: string | ((d: string) => string)) =>
    setDraftState((d) => {
      const value = typeof next === 'function' ? next(d) : next;
      saveDraft(draftKey, value);
      return value;
    });
  // A sent line's draft is forgotten once the frame is drawn: that turn is over, so nothing
  // writes its draft again, and the key press that sent it does not wait for the storage.
  const { later } = useServices();
  const forgetSent = (key: string | undefined) => {
    if (later) later(() => saveDraft(key, ''));
    else saveDraft(key, '');
  };
  const [pending, setPending] = useState(false);
  // Why the last line was not sent, for the turn it was typed at only.
  const [problemAt, setProblemAt] = useState<{ turn: string; text: string }>();
  const problem = problemAt?.turn === turnKey ? problemAt.text : undefined;
  useFocusWhen(heading, turnKey);
  // The line stays in the box until it is sent; if it cannot be, it is still there to retry.
  const say = (text: string, seconds?: number) => {
    const spoken = seconds !== undefined;
    // A typed line leaves the box once sent; a spoken one never touched it unless it failed.
    const settle = (sent: boolean) => {
      if (sent && !spoken) {
        setDraftState('');
        forgetSent(draftKey);
      } else if (!sent && spoken) setDraft((d) => withHeardWords(d, text));
    };
    const fail = () => {
      setProblemAt({ turn: turnKey, text: NOT_UNDERSTOOD });
      if (spoken) setDraft((d) => withHeardWords(d, text));
    };
    setProblemAt(undefined);
    let outcome: boolean | Promise<boolean>;
    try {
      outcome = onSay(text, seconds);
    } catch {
      return fail();
    }
    // Understood at once (the classifier is here): one render shows the reply.
    if (typeof outcome === 'boolean') return settle(outcome);
    setPending(true);
    outcome.then(
      (sent) => {
        setPending(false);
        settle(sent);
      },
      () => {
        setPending(false);
        fail();
      },
    );
  };
  // The answer box and the voice controls get callbacks that never change, so a turn that
  // leaves them as they were does not render them again.
  const latest = useRef({ say, setDraft, onDraft: props.onDraft });
  latest.current = { say, setDraft, onDraft: props.onDraft };
  const sayTyped = useCallback((text: string) => latest.current.say(text), []);
  const sayHeard = useCallback(
    (text: string, seconds: number) => latest.current.say(text, seconds),
    [],
  );
  const changeDraft = useCallback((next: string) => {
    latest.current.setDraft(next);
    latest.current.onDraft?.(next);
  }, []);
  const keepHeard = useCallback(
    (heard: string) => latest.current.setDraft((d) => withHeardWords(d, heard)),
    [],
  );
  // A number key picks that line (outside the text box), so no Tabbing is needed at all.
  // In room mode the room's choices take the keys (a pick carries the show of hands).
  const picks = useRef({ order, onChoose });
  picks.current = { order: room ? [] : order, onChoose };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = pageKey(e);
      const index = key === undefined ? undefined : choiceForKey(key, picks.current.order);
      if (index === undefined) return;
      e.preventDefault();
      picks.current.onChoose(index);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <section className="turn" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Your turn
      </h2>
      {room && order.length > 0 ? (
        <RoomChoices
          key={turnKey}
          reply={reply}
          order={order}
          sayNow={sayNow}
          onChoose={onChoose}
          modelAnswers={modelAnswers}
          home={heading}
        />
      ) : (
        <>
          {modes.choose && (
            <p className="hint">
              Choose what to say
              {order.length > 1 ? ` (or press 1 to ${Math.min(order.length, 9)})` : ''}:
            </p>
          )}
          {order.length > 0 && (
            <ul className="choices">
              {order.map((index, place) => {
                const choice = reply.choices[index];
                if (!choice) return null;
                return (
                  <li key={index}>
                    <button type="button" className="choice" onClick={() => onChoose(index)}>
                      {place < 9 && (
                        <span className="choice-key" aria-hidden="true">
                          {place + 1}
                        </span>
                      )}
                      {sayNow(choice.say)}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      {modes.speak && (
        <LoadProblemBoundary what="Answering out loud">
          <Suspense fallback={null}>
            <VoiceAnswer turnKey={turnKey} onHeard={sayHeard} onFallback={keepHeard} />
          </Suspense>
        </LoadProblemBoundary>
      )}
      {modes.type && (
        <OwnWordsForm
          draft={draft}
          onDraftChange={changeDraft}
          onSay={sayTyped}
          pending={pending}
          problem={problem}
          {...(modes.choose ? {} : { label: 'Say it in your own words' })}
        />
      )}
    </section>
  );
}

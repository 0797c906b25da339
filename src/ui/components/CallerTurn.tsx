import { useId, useRef } from 'react';
import type { Reply } from '../../scenario/schema';
import { useFocusWhen } from '../focusPolicy';
import { OwnWordsForm } from './OwnWordsForm';

export interface CallerTurnProps {
  reply: Reply;
  /** Authored choice indexes in the order to show them. */
  order: readonly number[];
  /** Changes with every new turn, so focus comes back here each time. */
  turnKey: string;
  onChoose: (index: number) => void;
  onSay: (text: string) => void;
}

/** The caller's turn: pick one of the lines, or type your own. */
export function CallerTurn({ reply, order, turnKey, onChoose, onSay }: CallerTurnProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusWhen(heading, turnKey);
  return (
    <section className="turn" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Your turn
      </h2>
      <p className="hint">Choose what to say:</p>
      <ul className="choices">
        {order.map((index) => {
          const choice = reply.choices[index];
          if (!choice) return null;
          return (
            <li key={index}>
              <button type="button" className="choice" onClick={() => onChoose(index)}>
                {choice.say}
              </button>
            </li>
          );
        })}
      </ul>
      <OwnWordsForm onSay={onSay} />
    </section>
  );
}

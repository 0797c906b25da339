import { useMemo, useRef } from 'react';
import { useServices } from '../services';
import { type Press, pressed, released, type TalkCommand } from './pushToTalk';

export interface PushToTalk {
  /** Pointer down, Space down, the shortcut down. */
  press(): void;
  /** Pointer up, Space up, the shortcut up. */
  release(): void;
  /** A press that has no release of its own (Enter, a screen reader's click). */
  toggle(): void;
}

/** Press and release handlers for the microphone, timed on the injected clock. */
export function usePushToTalk(
  listening: boolean,
  send: (command: TalkCommand) => void,
): PushToTalk {
  const { clock } = useServices();
  const current = useRef<Press | null>(null);
  const latest = useRef({ listening, send });
  latest.current = { listening, send };
  return useMemo(() => {
    const press = () => {
      const next = pressed(latest.current.listening, clock.now());
      current.current = next.press;
      latest.current.send(next.command);
    };
    return {
      press,
      release() {
        const command = released(current.current, clock.now());
        current.current = null;
        if (command) latest.current.send(command);
      },
      toggle() {
        press();
        current.current = null;
      },
    };
  }, [clock]);
}

/**
 * How presses of the microphone become voice-turn events. A short press (a tap, Enter, a
 * screen reader's click) toggles: start, then stop on the next press. Holding it for longer
 * is push-to-talk: letting go stops. So both habits work, by pointer and by keyboard.
 */

/** A press held at least this long is push-to-talk; a shorter one is a tap. */
export const HOLD_MS = 400;

/** The shortcut that works anywhere on the call screen, for the button's `aria-keyshortcuts`. */
export const TALK_SHORTCUT = 'Alt+M';

export type TalkCommand = 'voice.start' | 'voice.stop';

/** A press in progress. */
export interface Press {
  at: number;
  /** This press started listening (so letting go after a hold stops it). */
  started: boolean;
}

/** What a press does: stop when listening, start otherwise. */
export function pressed(listening: boolean, now: number): { command: TalkCommand; press: Press } {
  return listening
    ? { command: 'voice.stop', press: { at: now, started: false } }
    : { command: 'voice.start', press: { at: now, started: true } };
}

/** What letting go does: stop after a hold that started listening; nothing after a tap. */
export function released(press: Press | null, now: number): TalkCommand | null {
  return press?.started && now - press.at >= HOLD_MS ? 'voice.stop' : null;
}

/** True for the talk shortcut (by key position, so Option+M on a Mac counts too). */
export function isTalkShortcut(event: {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  code: string;
}): boolean {
  return (
    event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyM'
  );
}

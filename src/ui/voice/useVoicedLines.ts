import { useEffect, useRef, useState } from 'react';
import type { AttemptRecord } from '../../scenario/campaignTypes';
import { useServices } from '../services';
import { linesToVoice, startingCursor } from './linesToVoice';
import type { VoiceRuntime } from './runtime';

export interface VoicedLinesOptions {
  runtime: VoiceRuntime | null | undefined;
  attempts: readonly AttemptRecord[];
  inCall: boolean;
  /** The caller now leaves a voicemail: the tone follows the greeting. */
  beepAfter: boolean;
}

/** When the voicemail tone finished, for the turn it belongs to. */
export interface ToneMark {
  turn: string;
  at: number;
}

/** The turn's identity: the call's number and how many lines it has. */
export function turnKeyOf(attempts: readonly AttemptRecord[]): string {
  return `${attempts.length}:${attempts[attempts.length - 1]?.turns.length ?? 0}`;
}

/**
 * Speaks the other side's new lines as they reach the transcript (already on screen as
 * captions), and after a voicemail greeting plays the tone. Returns when the tone ended, so
 * the message countdown starts after it.
 */
export function useVoicedLines({
  runtime,
  attempts,
  inCall,
  beepAfter,
}: VoicedLinesOptions): ToneMark | undefined {
  const { clock } = useServices();
  const call = attempts.length;
  const turns = attempts[call - 1]?.turns ?? [];
  const cursor = useRef(startingCursor(call, turns, inCall));
  const beeped = useRef<string>(undefined);
  const [tone, setTone] = useState<ToneMark>();
  const turn = turnKeyOf(attempts);

  useEffect(() => {
    if (!runtime) return;
    const next = linesToVoice(cursor.current, call, turns);
    cursor.current = next.cursor;
    const beep = beepAfter && beeped.current !== turn;
    if (next.lines.length === 0 && !beep) return;
    if (beep) beeped.current = turn;
    void runtime.voicer.play(next.lines, { beepAfter: beep }).then((result) => {
      // Talking over the greeting starts the message at once; a newer turn makes it moot.
      if (beep && result !== 'superseded') setTone({ turn, at: clock.now() });
    });
  }, [runtime, call, turns, beepAfter, turn, clock]);

  // Leaving the campaign silences it. The check runs a moment later because React's strict
  // mode unmounts and remounts once on purpose, and that must not cut the first line short.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      queueMicrotask(() => {
        if (!mounted.current) runtime?.voicer.hush();
      });
    };
  }, [runtime]);
  return tone;
}

/**
 * When the voicemail message time starts: without voice, when the machine answered; with
 * voice, when the tone has played for this turn (`undefined` until then).
 */
export function messageStart(
  voiced: boolean,
  tone: ToneMark | undefined,
  attempts: readonly AttemptRecord[],
  turnStartedAt: number | undefined,
): number | undefined {
  if (!voiced) return turnStartedAt;
  return tone?.turn === turnKeyOf(attempts) ? tone.at : undefined;
}

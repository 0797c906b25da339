import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { SnapshotFrom } from 'xstate';
import type { RecognitionCapabilities, VoiceSettings, VoiceTurnEvent } from '../../speech/index';
import { type ConsentChoice, ConsentNotice } from './ConsentNotice';
import { PushToTalkButton } from './PushToTalkButton';
import { isTalkShortcut, TALK_SHORTCUT, type TalkCommand } from './pushToTalk';
import type { VoiceRuntime } from './runtime';
import { usePushToTalk } from './usePushToTalk';
import { VoiceStatus } from './VoiceStatus';
import { type VoiceTurnMachine, voiceTurnFor, voiceTurnInput } from './voiceTurnFor';

export interface VoiceTurnControlsProps {
  /** Changes with every caller turn: the voice turn starts afresh. */
  turnKey: string;
  runtime: VoiceRuntime;
  caps: RecognitionCapabilities;
  settings: VoiceSettings;
  /** The recognised line, sent to the campaign like a typed one. */
  onHeard: (text: string, seconds: number) => void;
  /** Listening failed after catching some words: they go into the answer box. */
  onFallback: (heard: string) => void;
}

/** One spoken turn: the microphone, the privacy notice, what it heard or why it stopped. */
export function VoiceTurnControls({
  turnKey,
  runtime,
  caps,
  settings,
  onHeard,
  onFallback,
}: VoiceTurnControlsProps) {
  const id = useId();
  const machine = useMemo(() => voiceTurnFor(runtime), [runtime]);
  const actor = useActorRef(machine, { input: voiceTurnInput(settings, caps) });
  const snapshot = useSelector(actor, (s) => s);
  const listening = snapshot.hasTag('listening');
  const button = useRef<HTMLButtonElement>(null);

  const send = useCallback(
    (event: VoiceTurnEvent) => {
      if (!actor.getSnapshot().can(event)) return;
      // The other side stops talking when the learner starts.
      if (event.type === 'voice.start' || event.type === 'voice.retry') runtime.voicer.hush();
      actor.send(event);
    },
    [actor, runtime],
  );
  const retry = useCallback(() => send({ type: 'voice.retry' }), [send]);
  const talk = usePushToTalk(listening, (command: TalkCommand) => send({ type: command }));

  // A heard line goes to the campaign; words caught before a failure go to the answer box.
  const handlers = useRef({ onHeard, onFallback });
  handlers.current = { onHeard, onFallback };
  useEffect(() => {
    let was = actor.getSnapshot();
    const subscription = actor.subscribe((now) => {
      const before = was;
      was = now;
      if (now.matches('heard') && !before.matches('heard') && now.context.heard) {
        const { text, seconds } = now.context.heard;
        handlers.current.onHeard(text, seconds);
        actor.send({ type: 'voice.reset' });
      } else if (now.matches('failed') && now.context.failure !== before.context.failure) {
        const heard = now.context.failure?.heard ?? '';
        if (heard !== '') handlers.current.onFallback(heard);
      }
    });
    return () => subscription.unsubscribe();
  }, [actor]);

  // The notice took focus; once it is answered, focus comes back to the microphone.
  const asking = snapshot.matches('consentNeeded');
  const wasAsking = useRef(asking);

  // A new caller turn starts the voice turn afresh, as if the controls were new: a listener
  // still running stops, a notice still up closes (focus goes to the new turn, not here).
  // The controls stay mounted, so a turn costs no new DOM; a turn left untouched (the usual
  // case) needs no event at all.
  const turnAt = useRef(turnKey);
  useLayoutEffect(() => {
    if (turnAt.current === turnKey) return;
    turnAt.current = turnKey;
    const consentGiven = voiceTurnInput(settings, caps).consentGiven ?? false;
    if (isFreshTurn(actor.getSnapshot(), consentGiven)) return;
    wasAsking.current = false;
    actor.send({ type: 'voice.newTurn', consentGiven });
  }, [turnKey, settings, caps, actor]);
  useEffect(() => {
    if (wasAsking.current && !asking) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  // The shortcut works anywhere on the call screen, the answer box included.
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (!isTalkShortcut(e)) return;
      e.preventDefault();
      if (!e.repeat) talk.press();
    };
    const up = (e: KeyboardEvent) => {
      if (e.code === 'KeyM') talk.release();
    };
    document.addEventListener('keydown', down);
    document.addEventListener('keyup', up);
    return () => {
      document.removeEventListener('keydown', down);
      document.removeEventListener('keyup', up);
    };
  }, [talk]);

  const choose = (choice: ConsentChoice) =>
    send(
      choice === 'type'
        ? { type: 'consent.declined' }
        : { type: 'consent.given', onDevice: choice === 'onDevice' },
    );
  const enabled = snapshot.can({ type: 'voice.start' }) || snapshot.can({ type: 'voice.stop' });
  return (
    <div className="voice-answer">
      <PushToTalkButton
        listening={listening}
        disabled={!enabled}
        talk={talk}
        hintId={`${id}-hint`}
        buttonRef={button}
      />
      <p id={`${id}-hint`} className="hint">
        Tap (or press Enter) to start and again to stop, or hold it (or Space) while you speak.{' '}
        {TALK_SHORTCUT} (Option+M on a Mac) does the same anywhere on this screen. A pause also ends
        it.
      </p>
      {snapshot.matches('consentNeeded') && <ConsentNotice caps={caps} onChoose={choose} />}
      <VoiceStatus snapshot={snapshot} onRetry={retry} />
    </div>
  );
}

/** True when the turn is as a new one would start: idle, nothing heard, consent as given now. */
function isFreshTurn(snapshot: SnapshotFrom<VoiceTurnMachine>, consentGiven: boolean): boolean {
  const { interim, heard, failure } = snapshot.context;
  return (
    snapshot.matches('idle') &&
    interim === '' &&
    heard === null &&
    failure === null &&
    snapshot.context.consentGiven === consentGiven
  );
}

import { useEffect, useId, useMemo, useRef } from 'react';
import { lineNow, settingOf } from '../../scenario/lineMoment';
import { currentNodeId } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import type { SavedSession } from '../../storage/types';
import { useAnnounce } from '../announcer';
import type { CampaignSnapshot, SendCampaignEvent } from '../campaign/types';
import { CallerTurn } from '../components/CallerTurn';
import { CallStatus } from '../components/CallStatus';
import { ScreenHeading } from '../components/ScreenHeading';
import { Transcript } from '../components/Transcript';
import { VoicemailCountdown } from '../components/VoicemailCountdown';
import { choiceOrderAt } from '../model/choiceOrder';
import { messageLimit, onTheLine, speakerName } from '../model/people';
import { latestTheirLinesFrom } from '../voice/linesToVoice';
import { MuteVoicesToggle } from '../voice/MuteVoicesToggle';
import type { VoiceRuntime } from '../voice/runtime';
import { useSessionRules } from '../workshop/ActivePack';

export interface CallScreenProps {
  scenario: Scenario;
  snapshot: CampaignSnapshot;
  session: Pick<SavedSession, 'callStartedAt' | 'turnStartedAt'> & { id?: string };
  /** When the voicemail message time began; `undefined` while the greeting and tone play. */
  messageFrom: number | undefined;
  send: SendCampaignEvent;
  /**
   * A line the caller typed or spoke (with `seconds`); it is classified before it is sent.
   * Whether it was sent: at once when the classifier is here, else a promise (false when the
   * turn had changed meanwhile; it rejects when the classifier could not be loaded).
   */
  onSay: (text: string, seconds?: number) => boolean | Promise<boolean>;
  /** The answer box as the learner types (the line may be read ahead of its sending). */
  onDraft?: (draft: string) => void;
  /** The speech runtime, once loaded; the other side's voice stops when the learner acts. */
  voice?: VoiceRuntime | null | undefined;
}

/** The phone screen: who is on the line, the transcript, the caller's turn, hang up. */
export function CallScreen(props: CallScreenProps) {
  const { scenario, snapshot, session, send, onSay } = props;
  const id = useId();
  const attempts = snapshot.context.attempts;
  const attempt = attempts[attempts.length - 1];
  const nodeId = currentNodeId(snapshot);
  const node = nodeId === undefined ? undefined : scenario.nodes[nodeId];
  const reply = node?.reply;
  const limitSeconds = messageLimit(node);
  const turns = attempt?.turns ?? [];
  const turnKey = `${attempts.length}:${turns.length}`;
  const order = useMemo(
    () => choiceOrderAt(scenario.id, nodeId, reply?.choices.length ?? 0),
    [reply, scenario.id, nodeId],
  );

  // Announce the other side's new lines (everything after the caller's last line).
  const announce = useAnnounce();
  const announced = useRef(-1);
  useEffect(() => {
    const fresh = turns.slice(Math.max(latestTheirLinesFrom(turns), announced.current + 1));
    announced.current = turns.length - 1;
    if (fresh.length === 0) return;
    announce(fresh.map((t) => `${speakerName(scenario, t.role)}: ${t.text}`).join(' '));
  }, [turns, announce, scenario]);

  // On a projector the newest line stays in sight beside the choices (they stay put).
  const { room } = useSessionRules();
  const body = useRef<HTMLDivElement>(null);
  const lineCount = turns.length;
  useEffect(() => {
    if (!room || lineCount === 0) return;
    body.current
      ?.querySelector('.transcript > li:last-child')
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [room, lineCount]);

  if (!attempt) return null;
  const voice = props.voice ?? undefined;
  // A screen reader reads each line as it is announced: if the synthetic voice says it at the
  // same time, both are garbled. Any key press, or going to the answer box, quiets the voice.
  const hush = () => voice?.voicer.hush();
  // One string, so the (memoised) heading is not drawn again on every turn.
  const title = `Call ${attempts.length} to ${scenario.setting.company}`;
  return (
    <section
      className="screen call-screen"
      aria-labelledby={id}
      onKeyDown={hush}
      onFocus={(e) => {
        if (e.target instanceof HTMLTextAreaElement) hush();
      }}
    >
      <ScreenHeading id={id}>{title}</ScreenHeading>
      <CallStatus
        onTheLine={onTheLine(scenario, node?.speaker)}
        day={attempt.day}
        time={attempt.time}
        startedAt={session.callStartedAt}
      />
      {voice && <MuteVoicesToggle runtime={voice} />}
      <div className="call-body" ref={body}>
        <Transcript scenario={scenario} lines={turns} />
        <div className="call-side">
          {limitSeconds !== undefined && (
            <VoicemailCountdown limitSeconds={limitSeconds} startedAt={props.messageFrom} />
          )}
          {reply && (
            <CallerTurn
              reply={reply}
              order={order}
              turnKey={turnKey}
              {...(session.id ? { draftKey: `${session.id}/${turnKey}` } : {})}
              onChoose={(index, room) =>
                send({ type: 'caller.chose', index, ...(room ? { room } : {}) })
              }
              sayNow={(text) => lineNow(snapshot.context, settingOf(scenario), text)}
              onSay={onSay}
              {...(props.onDraft ? { onDraft: props.onDraft } : {})}
            />
          )}
          <p className="hang-up">
            <button
              type="button"
              className="danger"
              disabled={!snapshot.can({ type: 'caller.hungUp' })}
              onClick={() => send({ type: 'caller.hungUp' })}
            >
              Hang up
            </button>
          </p>
        </div>
      </div>
    </section>
  );
}

import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CampaignMachine } from '../../scenario/campaignMachine';
import type { CampaignEvent } from '../../scenario/campaignTypes';
import { replayEvents } from '../../scenario/replay';
import type { SavedSession } from '../../storage/types';
import { useServices } from '../services';
import type { CampaignSnapshot, SendCampaignEvent } from './types';

function marksAfter(event: CampaignEvent, now: number): Partial<SavedSession> {
  if (event.type === 'plan.dial') return { callStartedAt: now, turnStartedAt: now };
  if (event.type === 'caller.chose' || event.type === 'caller.said') return { turnStartedAt: now };
  return {};
}

/** The session as it comes back: the call's clocks moved on by the time the page was away. */
export function backFromAway(
  session: SavedSession,
  events: CampaignEvent[],
  now: number,
): SavedSession {
  const { hiddenAt, ...rest } = session;
  const away = hiddenAt === undefined ? 0 : Math.max(0, now - hiddenAt);
  return {
    ...rest,
    events,
    ...(rest.callStartedAt === undefined ? {} : { callStartedAt: rest.callStartedAt + away }),
    ...(rest.turnStartedAt === undefined ? {} : { turnStartedAt: rest.turnStartedAt + away }),
  };
}

export interface CampaignRun {
  snapshot: CampaignSnapshot;
  send: SendCampaignEvent;
  /** The session as of the last event (its event log is what the machine accepted). */
  current: () => SavedSession;
}

/**
 * Runs one campaign actor, rebuilt from the session's event log, and saves the log on every
 * accepted event so a reload brings the learner back to the same turn.
 */
export function useCampaignRun(
  machine: CampaignMachine,
  session: SavedSession,
  onSave: (session: SavedSession) => void,
): CampaignRun {
  const { clock } = useServices();
  const [replay] = useState(() => replayEvents(machine, session.events));
  const actorRef = useActorRef(machine, { snapshot: replay.persisted });
  const snapshot = useSelector(actorRef, (s) => s);
  const sessionRef = useRef<SavedSession>(backFromAway(session, replay.accepted, clock.now()));
  // Leaving the page (a reload, a closed tab) marks when, so the time away is not call time.
  useEffect(() => {
    const left = () => {
      sessionRef.current = { ...sessionRef.current, hiddenAt: clock.now() };
      onSave(sessionRef.current);
    };
    window.addEventListener('pagehide', left);
    return () => window.removeEventListener('pagehide', left);
  }, [clock, onSave]);
  const send = useCallback<SendCampaignEvent>(
    (event) => {
      if (!actorRef.getSnapshot().can(event)) return false;
      actorRef.send(event);
      const previous = sessionRef.current;
      sessionRef.current = {
        ...previous,
        events: [...previous.events, event],
        ...marksAfter(event, clock.now()),
      };
      onSave(sessionRef.current);
      return true;
    },
    [actorRef, clock, onSave],
  );
  const current = useCallback(() => sessionRef.current, []);
  return { snapshot, send, current };
}

import { type AnyMachineSnapshot, createActor, type Snapshot } from 'xstate';
import { type CampaignMachine, callStateOf } from './campaignMachine.ts';
import type { AttemptRecord, CampaignEvent } from './campaignTypes.ts';

/** A campaign rebuilt from its event log. */
export interface Replay {
  /** The persisted snapshot after the last accepted event (feed it to a fresh actor). */
  persisted: Snapshot<unknown>;
  /** The events the machine accepted, in order; refused ones are dropped. */
  accepted: CampaignEvent[];
  /** True when the machine reached its final state: the campaign is over. */
  done: boolean;
}

/**
 * Plays recorded events into a fresh actor. The machine is pure, so the same events always
 * lead to the same state: this is how a reload or "retry from this turn" restores a call.
 */
export function replayEvents(machine: CampaignMachine, events: readonly CampaignEvent[]): Replay {
  const actor = createActor(machine).start();
  const accepted: CampaignEvent[] = [];
  for (const event of events) {
    if (!actor.getSnapshot().can(event)) continue;
    actor.send(event);
    accepted.push(event);
  }
  const persisted = actor.getPersistedSnapshot();
  const done = actor.getSnapshot().status === 'done';
  actor.stop();
  return { persisted, accepted, done };
}

function isCallerEvent(event: CampaignEvent): boolean {
  return event.type === 'caller.chose' || event.type === 'caller.said';
}

/**
 * The events that lead up to one of the caller's lines, without the line itself: replaying
 * them puts the campaign back at the moment the caller was about to speak.
 * `turnIndex` indexes `attempts[attemptIndex].turns` (the grader's turn index).
 */
export function eventsBeforeTurn(
  events: readonly CampaignEvent[],
  attempts: readonly AttemptRecord[],
  attemptIndex: number,
  turnIndex: number,
): CampaignEvent[] | undefined {
  const turns = attempts[attemptIndex]?.turns;
  if (turns?.[turnIndex]?.speaker !== 'me') return undefined;
  const callerLine = turns.slice(0, turnIndex).filter((t) => t.speaker === 'me').length;
  let attempt = -1;
  let line = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as CampaignEvent;
    if (event.type === 'plan.dial') {
      attempt += 1;
      line = 0;
      continue;
    }
    if (attempt !== attemptIndex || !isCallerEvent(event)) continue;
    if (line === callerLine) return events.slice(0, i);
    line += 1;
  }
  return undefined;
}

/** The scenario node a campaign snapshot is at, or undefined outside a call. */
export function currentNodeId(snapshot: Pick<AnyMachineSnapshot, 'value'>): string | undefined {
  return callStateOf(snapshot.value);
}

export { isCampaignEvent } from './eventLog.ts';

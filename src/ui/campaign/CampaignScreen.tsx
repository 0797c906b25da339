import { useCallback, useMemo, useState } from 'react';
import { createCampaignMachine } from '../../scenario/campaignMachine';
import type { CampaignEvent } from '../../scenario/campaignTypes';
import type { Scenario } from '../../scenario/schema';
import type { SavedSession } from '../../storage/types';
import { rememberedName } from '../model/ownName';
import { useServices } from '../services';
import { CampaignRun } from './CampaignRun';

export interface CampaignScreenProps {
  scenario: Scenario;
  /** A campaign saved before a reload, to pick up where it was. */
  resume?: SavedSession;
  onShowProgress: () => void;
  onExit: () => void;
}

/** A new campaign starts under the learner's own name, when they gave one on this device. */
function firstEvents(): CampaignEvent[] {
  const name = rememberedName();
  return name ? [{ type: 'plan.caller', name }] : [];
}

/** Plays campaigns of one scenario; "retry from this turn" and "start over" begin a new one. */
export function CampaignScreen({ scenario, resume, onShowProgress, onExit }: CampaignScreenProps) {
  const services = useServices();
  const machine = useMemo(() => createCampaignMachine(scenario), [scenario]);
  const begin = useCallback(
    (events: CampaignEvent[]): SavedSession => {
      const now = services.clock.now();
      const session = {
        id: services.newId(),
        scenarioId: scenario.id,
        events,
        callStartedAt: now,
        turnStartedAt: now,
      };
      services.session.save(session);
      return session;
    },
    [services, scenario.id],
  );
  const [session, setSession] = useState<SavedSession>(() => resume ?? begin(firstEvents()));
  const save = useCallback((next: SavedSession) => services.session.save(next), [services]);
  return (
    <CampaignRun
      key={session.id}
      scenario={scenario}
      machine={machine}
      session={session}
      onSave={save}
      onRestart={(events) => setSession(begin(events.length > 0 ? events : firstEvents()))}
      onShowProgress={onShowProgress}
      onExit={onExit}
    />
  );
}

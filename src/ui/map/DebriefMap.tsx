import { useMemo } from 'react';
import type { CampaignContext } from '../../scenario/campaignTypes';
import { campaignPaths, modelEdges } from '../../scenario/scenarioPath';
import type { Scenario } from '../../scenario/schema';
import { mapPathOf, retryPointsOf } from './mapPath';
import { ScenarioMap } from './ScenarioMap';

export interface DebriefMapProps {
  scenario: Scenario;
  context: CampaignContext;
  /** Retry from a turn (as the annotated transcript's "Retry from this turn"). */
  onRetry?: (attempt: number, turn: number) => void;
}

/** The debrief's map: the way the learner's calls went, over every branch they did not take. */
export default function DebriefMap({ scenario, context, onRetry }: DebriefMapProps) {
  const path = useMemo(
    () => ({
      ...mapPathOf(campaignPaths(scenario, context)),
      model: modelEdges(scenario, context),
    }),
    [scenario, context],
  );
  const at = useMemo(() => retryPointsOf(context), [context]);
  return (
    <ScenarioMap
      scenario={scenario}
      path={path}
      headingLevel={3}
      {...(onRetry ? { retry: { at, onRetry } } : {})}
    />
  );
}

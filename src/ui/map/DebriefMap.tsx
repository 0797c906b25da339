import { useMemo } from 'react';
import type { CampaignContext } from '../../scenario/campaignTypes';
import { listenersOf } from '../../scenario/listeners';
import { campaignPaths, modelEdges } from '../../scenario/scenarioPath';
import type { Scenario } from '../../scenario/schema';
import { classifyIntents } from '../../scoring/reading';
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
  const path = useMemo(() => {
    const listeners = listenersOf(scenario);
    return {
      ...mapPathOf(campaignPaths(scenario, context)),
      // The model line read as a typed line would be: by the classifier, knowing the caller
      // and whom they are calling.
      model: modelEdges(scenario, context, (text, reached) =>
        classifyIntents(text, reached, context.caller, listeners),
      ),
    };
  }, [scenario, context]);
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

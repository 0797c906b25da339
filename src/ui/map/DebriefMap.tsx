import { useMemo } from 'react';
import type { CampaignContext } from '../../scenario/campaignTypes';
import { campaignPaths } from '../../scenario/scenarioPath';
import type { Scenario } from '../../scenario/schema';
import { mapPathOf } from './mapPath';
import { ScenarioMap } from './ScenarioMap';

export interface DebriefMapProps {
  scenario: Scenario;
  context: CampaignContext;
}

/** The debrief's map: the way the learner's calls went, over every branch they did not take. */
export default function DebriefMap({ scenario, context }: DebriefMapProps) {
  const path = useMemo(() => mapPathOf(campaignPaths(scenario, context)), [scenario, context]);
  return <ScenarioMap scenario={scenario} path={path} headingLevel={3} />;
}

import { useEffect, useMemo, useState } from 'react';
import { toCallLog } from '../../scenario/callLog';
import type { CampaignContext } from '../../scenario/campaignTypes';
import type { Scenario } from '../../scenario/schema';
import { gradeCall } from '../../scoring/index';
import type { SavedSession } from '../../storage/types';
import { useHistory } from '../history/HistoryProvider';
import { DebriefScreen, type DebriefScreenProps } from '../screens/DebriefScreen';
import { useServices } from '../services';

export interface DebriefContainerProps
  extends Omit<DebriefScreenProps, 'card' | 'saved' | 'context'> {
  scenario: Scenario;
  context: CampaignContext;
  session: SavedSession;
}

/** Grades the finished campaign, keeps it in the history, and shows the debrief. */
export default function DebriefContainer({ session, ...props }: DebriefContainerProps) {
  const { scenario, context } = props;
  const { clock } = useServices();
  const history = useHistory();
  const [saved, setSaved] = useState<DebriefScreenProps['saved']>('saving');
  const log = useMemo(() => toCallLog(context), [context]);
  const card = useMemo(() => gradeCall(log), [log]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: saved once per finished campaign (the record id makes a repeat harmless)
  useEffect(() => {
    history
      .save({
        id: session.id,
        scenarioId: scenario.id,
        scenarioTitle: scenario.title,
        finishedAt: new Date(clock.now()).toISOString(),
        log,
        scorecard: card,
        events: session.events,
      })
      .then(
        () => setSaved('saved'),
        () => setSaved('failed'),
      );
  }, [card]);
  return <DebriefScreen {...props} card={card} saved={saved} />;
}

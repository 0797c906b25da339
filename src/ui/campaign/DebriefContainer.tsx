import { useEffect, useMemo, useRef, useState } from 'react';
import { choicesAtOf, registrationOf } from '../../lms/classStatements';
import { campaignStatements } from '../../lms/xapi';
import { toCallLog } from '../../scenario/callLog';
import type { CampaignContext } from '../../scenario/campaignTypes';
import type { Scenario } from '../../scenario/schema';
import { gradeCall } from '../../scoring/index';
import type { SavedSession } from '../../storage/types';
import { useHistory } from '../history/HistoryProvider';
import { DebriefScreen, type DebriefScreenProps } from '../screens/DebriefScreen';
import { useServices } from '../services';
import { loadLrsSettings } from '../xapi/lrsSettings';

export interface DebriefContainerProps
  extends Omit<DebriefScreenProps, 'card' | 'saved' | 'context'> {
  scenario: Scenario;
  context: CampaignContext;
  session: SavedSession;
}

/** Grades the finished campaign, keeps it in the history, and shows the debrief. */
export default function DebriefContainer({ session, ...props }: DebriefContainerProps) {
  const { scenario, context } = props;
  const { clock, lms } = useServices();
  const history = useHistory();
  const [saved, setSaved] = useState<DebriefScreenProps['saved']>('saving');
  const log = useMemo(() => toCallLog(context, scenario), [context, scenario]);
  const card = useMemo(() => gradeCall(log), [log]);
  // In an LMS the result goes there too (the link sends each campaign once).
  useEffect(() => {
    lms?.finished(session, log, card);
  }, [lms, session, log, card]);
  // Saved once per session: coming back to this debrief (a reload) keeps the record as it was
  // first saved, with its first finishedAt, instead of stamping and saving it again.
  const asked = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the stored history is known
  useEffect(() => {
    if (history.status === 'loading' || asked.current) return;
    asked.current = true;
    if (history.records.some((r) => r.id === session.id)) {
      setSaved('saved');
      return;
    }
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
  }, [history.status]);
  const statementList = () =>
    campaignStatements(log, card, {
      registration: registrationOf(session.id),
      finishedAt: new Date(clock.now()).toISOString(),
      choicesAt: choicesAtOf(scenario),
    });
  const statements = () => JSON.stringify(statementList(), null, 2);
  // With the facilitator's LRS on, the campaign's statements are queued once it is saved (the
  // queue takes a campaign once, so a reload of this debrief queues nothing again).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the record is saved
  useEffect(() => {
    if (saved !== 'saved' || !loadLrsSettings().enabled) return;
    import('../xapi/lrsSender')
      .then((m) => m.lrsSender(clock).add(registrationOf(session.id), statementList()))
      // Not loaded (offline before the chunk was cached): the download still works.
      .catch(() => undefined);
  }, [saved]);
  return <DebriefScreen {...props} card={card} saved={saved} statements={statements} />;
}

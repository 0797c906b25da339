import { lazy, Suspense, useId, useMemo, useState } from 'react';
import type { CampaignContext } from '../../scenario/campaignTypes';
import type { Scenario } from '../../scenario/schema';
import { DIMENSIONS, type Scorecard } from '../../scoring/types';
import { AnnotatedTranscript } from '../components/AnnotatedTranscript';
import { DimensionCard } from '../components/DimensionCard';
import { FocusList } from '../components/FocusList';
import { LoadProblemBoundary } from '../components/LoadProblemBoundary';
import { ProblemItem } from '../components/ProblemItem';
import { ScoreSummary } from '../components/ScoreSummary';
import { ScreenHeading } from '../components/ScreenHeading';
import { SpeakingStats } from '../components/SpeakingStats';
import { TipsCredit } from '../components/TipsCredit';
import { downloadText } from '../download';
import { annotateCampaign, describeTurn } from '../model/annotate';
import { DIMENSION_LABELS } from '../model/dimensions';
import { speakingReport } from '../model/speaking';
import { useSessionRules } from '../workshop/ActivePack';

// The map (and its layout library) is fetched only when the learner opens it.
const DebriefMap = lazy(() => import('../map/DebriefMap'));

export interface DebriefScreenProps {
  scenario: Scenario;
  context: CampaignContext;
  card: Scorecard;
  /** Saving to the history: shown so the learner knows it is kept. */
  saved: 'saving' | 'saved' | 'failed';
  onRetry: (attempt: number, turn: number) => void;
  onStartOver: () => void;
  onShowProgress: () => void;
  onExit: () => void;
  /** The campaign's xAPI statements as JSON text, for the LMS (made only when asked). */
  statements?: () => string;
}

/** The scorecard, the annotated transcript, and ways to try again. */
export function DebriefScreen(props: DebriefScreenProps) {
  const { scenario, context, card } = props;
  const id = useId();
  const calls = useMemo(() => annotateCampaign(context.attempts, card), [context, card]);
  const speaking = useMemo(() => speakingReport(context.attempts, card), [context, card]);
  const describeWhere = (f: { attempt?: number; turn?: number }) =>
    describeTurn(context.attempts, f.attempt, f.turn);
  const problems = card.problems ?? [];
  const [mapOpen, setMapOpen] = useState(false);
  const { scoresShown, room } = useSessionRules();
  const scores = (
    <>
      <h2>{scoresShown ? 'Your scores' : 'How each part went'}</h2>
      <div className="dimensions">
        {DIMENSIONS.map((d) => (
          <DimensionCard
            key={d}
            dimension={d}
            score={card.dimensions[d].score}
            {...(card.dimensions[d].applies === undefined
              ? {}
              : { applies: card.dimensions[d].applies })}
            praise={card.findings.filter((f) => f.dimension === d && f.kind === 'good')}
            problemCount={problems.filter((p) => (p.costs[d] ?? 0) > 0).length}
            describeWhere={describeWhere}
          />
        ))}
      </div>
    </>
  );
  return (
    <section className="screen debrief" aria-labelledby={id}>
      <ScreenHeading id={id}>Debrief: {scenario.title}</ScreenHeading>
      <ScoreSummary overall={card.overall} context={context} />
      <p className="saved-note" role="status">
        {props.saved === 'saved' && 'Saved to your progress on this device.'}
        {props.saved === 'failed' && 'This result could not be saved on this device.'}
      </p>
      <div className="actions">
        <button type="button" onClick={props.onStartOver}>
          Start over
        </button>
        <button type="button" className="secondary" onClick={props.onShowProgress}>
          See my progress
        </button>
        <button type="button" className="secondary" onClick={props.onExit}>
          Choose another scenario
        </button>
        {/* The statements carry every score: held scores are held here too. */}
        {props.statements && scoresShown && (
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadText(`${scenario.id}-xapi-statements.json`, props.statements?.() ?? '[]')
            }
          >
            Download xAPI statements
          </button>
        )}
      </div>
      {props.statements && !scoresShown && (
        <p className="hint">
          The xAPI statements (which carry the scores) can be downloaded once the scores are shown.
        </p>
      )}
      {/* In room mode the scores come first, large, for the room to discuss. */}
      {room && scores}
      <FocusList focus={card.focus ?? []} describeWhere={describeWhere} />
      {!room && scores}
      {problems.length > 0 && (
        <details className="detail">
          <summary>Every problem, once ({problems.length}), with what it cost</summary>
          {DIMENSIONS.filter((d) => problems.some((p) => p.dimension === d)).map((d) => (
            <section key={d} aria-label={`Problems under ${DIMENSION_LABELS[d]}`}>
              <h3>{DIMENSION_LABELS[d]}</h3>
              <ul className="findings">
                {problems
                  .filter((p) => p.dimension === d)
                  .map((p, i) => {
                    const where = describeWhere(p);
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the scorecard's problems are a fixed list
                      <ProblemItem key={i} problem={p} withLine {...(where ? { where } : {})} />
                    );
                  })}
              </ul>
            </section>
          ))}
        </details>
      )}
      <SpeakingStats report={speaking} />
      <AnnotatedTranscript
        scenario={scenario}
        calls={calls}
        spoken={speaking.lines}
        onRetry={props.onRetry}
      />
      <details className="detail" onToggle={(e) => setMapOpen(e.currentTarget.open)}>
        <summary>See your path on the map</summary>
        {mapOpen && (
          <LoadProblemBoundary what="The map of your calls">
            <Suspense fallback={<p role="status">Drawing the map…</p>}>
              <DebriefMap scenario={scenario} context={context} onRetry={props.onRetry} />
            </Suspense>
          </LoadProblemBoundary>
        )}
      </details>
      <TipsCredit />
    </section>
  );
}

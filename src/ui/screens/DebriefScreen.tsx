import { useId, useMemo } from 'react';
import type { CampaignContext } from '../../scenario/campaignTypes';
import type { Scenario } from '../../scenario/schema';
import { DIMENSIONS, type Scorecard } from '../../scoring/types';
import { AnnotatedTranscript } from '../components/AnnotatedTranscript';
import { DimensionCard } from '../components/DimensionCard';
import { ScoreSummary } from '../components/ScoreSummary';
import { ScreenHeading } from '../components/ScreenHeading';
import { SpeakingStats } from '../components/SpeakingStats';
import { TipsCredit } from '../components/TipsCredit';
import { annotateCampaign, describeTurn } from '../model/annotate';
import { speakingReport } from '../model/speaking';

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
}

/** The scorecard, the annotated transcript, and ways to try again. */
export function DebriefScreen(props: DebriefScreenProps) {
  const { scenario, context, card } = props;
  const id = useId();
  const calls = useMemo(() => annotateCampaign(context.attempts, card), [context, card]);
  const speaking = useMemo(() => speakingReport(context.attempts, card), [context, card]);
  const describeWhere = (f: { attempt?: number; turn?: number }) =>
    describeTurn(context.attempts, f.attempt, f.turn);
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
      </div>
      <h2>Your scores</h2>
      <div className="dimensions">
        {DIMENSIONS.map((d) => (
          <DimensionCard
            key={d}
            dimension={d}
            score={card.dimensions[d].score}
            {...(card.dimensions[d].applies === undefined
              ? {}
              : { applies: card.dimensions[d].applies })}
            findings={card.findings.filter((f) => f.dimension === d)}
            describeWhere={describeWhere}
          />
        ))}
      </div>
      <SpeakingStats report={speaking} />
      <AnnotatedTranscript
        scenario={scenario}
        calls={calls}
        spoken={speaking.lines}
        onRetry={props.onRetry}
      />
      <TipsCredit />
    </section>
  );
}

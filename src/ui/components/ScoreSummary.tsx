import type { CampaignContext } from '../../scenario/campaignTypes';
import { scoreBand } from '../model/dimensions';
import { useSessionRules } from '../workshop/ActivePack';
import { AT_THE_END } from '../workshop/settingsWords';

export interface ScoreSummaryProps {
  overall: number;
  context: Pick<CampaignContext, 'attempts' | 'closing' | 'thankYouSent'>;
}

function closingWords(closing: CampaignContext['closing']): string {
  if (closing === 'movedOn') return 'You moved on to other openings.';
  if (closing === 'waited') return 'You decided to wait for them to get back to you.';
  return '';
}

/** The overall score, in a number and in words, and how the campaign went. */
export function ScoreSummary({ overall, context }: ScoreSummaryProps) {
  const band = scoreBand(overall);
  const calls = context.attempts.length;
  const { scoresHeld } = useSessionRules();
  return (
    <div className="score-summary">
      {scoresHeld ? (
        <p className="scores-held">
          Your scores are kept for the end of the workshop: they show {AT_THE_END} (
          {scoresHeld.done} of {scoresHeld.total} so far).
        </p>
      ) : (
        <>
          <p className="overall">
            <span className="overall-number">{overall}</span>
            <span className="overall-out-of"> / 100 overall</span>
          </p>
          <p className={`band band-${band.tone}`}>
            <span aria-hidden="true">{band.symbol} </span>
            {band.label}
          </p>
        </>
      )}
      <p>
        {calls} call{calls === 1 ? '' : 's'}
        {context.thankYouSent ? ', after a thank-you note' : ''}. {closingWords(context.closing)}
      </p>
    </div>
  );
}

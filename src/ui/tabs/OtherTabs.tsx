import { useId } from 'react';
import type { ScenarioCard } from '../../scenario/card';
import type { LostReason } from '../../storage/tabSessions';
import { ScreenHeading } from '../components/ScreenHeading';
import { useServices } from '../services';

// What a tab shows about campaigns other tabs have; loaded once a second tab is about.

/** "just now", "5 minutes ago", "2 hours ago", "3 days ago". */
export function sinceInWords(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'just now';
  const [n, unit] =
    minutes < 60
      ? [minutes, 'minute']
      : minutes < 2880
        ? [Math.floor(minutes / 60), 'hour']
        : [Math.floor(minutes / 1440), 'day'];
  return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
}

export interface WaitingElsewhere {
  id: string;
  scenario: ScenarioCard;
  /** Open in another tab right now (else left by a tab that closed). */
  elsewhere: boolean;
  /** Clock time (ms) of its last step. */
  savedAt?: number;
}

export interface OtherTabCampaignProps {
  campaign: WaitingElsewhere;
  /** Makes the campaign this tab's; `steal` takes it from the tab that has it. */
  onTake: (id: string, steal: boolean) => void;
}

/**
 * A campaign under way that is not this tab's. One campaign is played in one tab at a time,
 * so a second tab offers to take it over, or to start another below (which keeps both).
 */
export function OtherTabCampaign({ campaign, onTake }: OtherTabCampaignProps) {
  const id = useId();
  const { clock } = useServices();
  const title = campaign.scenario.title;
  const when =
    campaign.savedAt === undefined
      ? ''
      : ` Last step ${sinceInWords(clock.now() - campaign.savedAt)}.`;
  return (
    <section className="resume" aria-labelledby={id}>
      <h2 id={id}>
        {campaign.elsewhere ? `“${title}” is open in another tab` : `“${title}” is waiting`}
      </h2>
      <p>
        {campaign.elsewhere
          ? 'A call is played in one tab at a time. Take it over here (the other tab stops), or start another below: both are kept.'
          : 'A closed tab left it unfinished. Pick it up here, or start another below.'}
        {when}
      </p>
      <button type="button" onClick={() => onTake(campaign.id, campaign.elsewhere)}>
        {campaign.elsewhere ? `Take over “${title}” here` : `Continue “${title}” here`}
      </button>
    </section>
  );
}

export interface MovedToAnotherTabProps {
  scenario: ScenarioCard;
  reason: LostReason;
  /** Takes the campaign back from the other tab, where it got to. */
  onTakeBack: () => void;
  onChooseAnother: () => void;
  onShowProgress: () => void;
}

/** Where a campaign went when another tab took it: take it back, or leave it there. */
export function MovedToAnotherTab({
  scenario,
  reason,
  onTakeBack,
  onChooseAnother,
  onShowProgress,
}: MovedToAnotherTabProps) {
  const id = useId();
  return (
    <section className="screen" aria-labelledby={id}>
      <ScreenHeading id={id}>
        {reason === 'gone'
          ? `“${scenario.title}” ended in another tab`
          : `“${scenario.title}” moved to another tab`}
      </ScreenHeading>
      <p>
        {reason === 'gone'
          ? 'It was finished or closed in another tab; a finished one is in your progress.'
          : 'It goes on in another tab, from where you were. Nothing is lost.'}
      </p>
      <div className="actions">
        {reason === 'gone' ? (
          <button type="button" onClick={onShowProgress}>
            See your progress
          </button>
        ) : (
          <button type="button" onClick={onTakeBack}>
            Take it back here
          </button>
        )}
        <button type="button" className="secondary" onClick={onChooseAnother}>
          Choose another scenario
        </button>
      </div>
    </section>
  );
}

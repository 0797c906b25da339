import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { callerSaid } from '../../src/scenario/callerEvents';
import { toCallLog } from '../../src/scenario/callLog';
import { createCampaignMachine } from '../../src/scenario/campaignMachine';
import type { CampaignEvent } from '../../src/scenario/campaignTypes';
import { gradeCall } from '../../src/scoring/index';
import { FILLER_NOTE } from '../../src/speech/index';
import { SpeakingStats } from '../../src/ui/components/SpeakingStats';
import { speakingReport } from '../../src/ui/model/speaking';
import { DebriefScreen } from '../../src/ui/screens/DebriefScreen';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeUiScenario } from '../helpers/uiFakes';

const scenario = fakeUiScenario();

function contextAfter(events: CampaignEvent[]) {
  const actor = createActor(createCampaignMachine(scenario)).start();
  for (const e of events) actor.send(e);
  return actor.getSnapshot().context;
}

const SPOKEN = 'Um, hi Jo, this is Sam Rivera. Is the clerk job still open?';

function renderDebrief(events: CampaignEvent[]) {
  const context = contextAfter(events);
  return render(
    <DebriefScreen
      scenario={scenario}
      context={context}
      card={gradeCall(toCallLog(context, scenario))}
      saved="saved"
      onRetry={() => undefined}
      onStartOver={() => undefined}
      onShowProgress={() => undefined}
      onExit={() => undefined}
    />,
  );
}

describe('speaking numbers in the debrief', () => {
  it('give speaking time, pace and fillers for a call answered out loud, with the filler caveat', async () => {
    const { container } = renderDebrief([
      { type: 'plan.dial', day: 3, time: '10:00' },
      callerSaid(SPOKEN, 4),
      { type: 'campaign.wait' },
    ]);
    const section = screen.getByRole('region', { name: 'How you sounded' });
    expect(within(section).getByLabelText('Call 1, spoken lines')).toHaveTextContent(
      'Call 1: lines said out loud1',
    );
    expect(section).toHaveTextContent('Speaking time4 seconds');
    expect(section).toHaveTextContent('Pace195 words a minute');
    expect(section).toHaveTextContent('Fillers counted1 filler');
    expect(section).toHaveTextContent(FILLER_NOTE);
    expect(screen.getByText(/^Said out loud in 4 seconds/)).toHaveTextContent(
      'Said out loud in 4 seconds: 195 words a minute, 1 filler.',
    );
    await expectNoAxeViolations(container);
  });

  it('are left out when every line was chosen or typed', () => {
    renderDebrief([
      { type: 'plan.dial', day: 3, time: '10:00' },
      callerSaid('Hi Jo, is the job still open?'),
      { type: 'campaign.wait' },
    ]);
    expect(screen.queryByRole('region', { name: 'How you sounded' })).toBeNull();
    expect(screen.queryByText(/Said out loud/)).toBeNull();
  });

  it('say when a line was too short to time', () => {
    const context = contextAfter([
      { type: 'plan.dial', day: 3, time: '10:00' },
      callerSaid('Hi Jo.', 0),
    ]);
    const report = speakingReport(context.attempts, gradeCall(toCallLog(context)));
    render(<SpeakingStats report={report} />);
    expect(screen.getByText('too short to measure')).toBeVisible();
    expect(screen.getByText(FILLER_NOTE)).toBeVisible();
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/scenario/schema';
import { CampaignScreen } from '../../src/ui/campaign/CampaignScreen';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeScenarioData } from '../helpers/fakes';
import { renderWithServices } from '../helpers/renderUi';
import { fakeServices } from '../helpers/uiFakes';

const base = fakeScenarioData();
const scenario = scenarioSchema.parse({
  ...base,
  calendar: { interviewOn: 'thu' },
  nodes: {
    ...(base.nodes as Record<string, unknown>),
    hello: {
      speaker: 'interviewer',
      says: '{greeting}, {callerFirst}.',
      reply: {
        choices: [
          {
            say: 'Hi Jo, it is {caller}. Is the job still open?',
            intents: ['greeting', 'identify', 'ask_status'],
            goto: 'bye',
          },
        ],
        otherwise: 'bye',
      },
    },
  },
});

describe('who you are', () => {
  it('says who the learner plays, takes their own name, and the call speaks to them by it', async () => {
    localStorage.clear();
    const { container } = renderWithServices(
      <CampaignScreen
        scenario={scenario}
        onShowProgress={() => undefined}
        onExit={() => undefined}
      />,
      fakeServices(),
    );
    expect(screen.getByText(/You play/)).toHaveTextContent(
      'You play Sam Rivera, who interviewed for the Clerk position at Acme with Jo Park on a Thursday (day 0).',
    );
    await userEvent.type(screen.getByLabelText('Your own name (optional)'), 'Maria Lopez');
    await userEvent.click(screen.getByRole('button', { name: 'Use my name' }));
    expect(screen.getByText(/You play/)).toHaveTextContent('You play Maria Lopez');
    expect(localStorage.getItem('follow-up-call-trainer.ownName')).toBe('Maria Lopez');
    await expectNoAxeViolations(container);
    // Day 4 is a Monday; 14:00 is the afternoon.
    expect(screen.getByRole('radio', { name: /^Day 2\b/ })).toHaveAccessibleName(/Sat/);
    await userEvent.click(screen.getByRole('radio', { name: /^Day 4\b/ }));
    await userEvent.click(screen.getByRole('radio', { name: /14:00/ }));
    expect(screen.getByText('You will call on Mon · day 4 at 14:00.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Dial/ }));
    expect(await screen.findByText('Good afternoon, Maria.')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Hi Jo, it is Maria Lopez\. Is the job still open\?/ }),
    ).toBeInTheDocument();
  });
});

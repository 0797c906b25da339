import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { toCallLog } from '../../src/scenario/callLog';
import { createCampaignMachine } from '../../src/scenario/campaignMachine';
import type { CampaignEvent } from '../../src/scenario/campaignTypes';
import { gradeCall } from '../../src/scoring/index';
import { DebriefScreen } from '../../src/ui/screens/DebriefScreen';
import { expectNoAxeViolations } from '../helpers/axe';
import { fakeScorecard, fakeUiScenario } from '../helpers/uiFakes';

const scenario = fakeUiScenario();

function contextAfter(events: CampaignEvent[]) {
  const actor = createActor(createCampaignMachine(scenario)).start();
  for (const e of events) actor.send(e);
  return actor.getSnapshot().context;
}

const context = contextAfter([
  { type: 'plan.dial', day: 1, time: '10:00' },
  { type: 'caller.chose', index: 1 },
  { type: 'campaign.wait' },
]);

const card = fakeScorecard({
  overall: 48,
  dimensions: {
    timing: { score: 70 },
    brevity: { score: 100 },
    politeness: { score: 60 },
    purpose: { score: 40, applies: true },
    composure: { score: 30 },
  },
  findings: [
    {
      dimension: 'timing',
      tip: 'T1',
      message: 'You called the day after the interview.',
      attempt: 0,
      points: 30,
      kind: 'improve',
    },
    {
      dimension: 'composure',
      tip: 'T4',
      message: 'You demanded an answer.',
      suggestion: 'Ask, do not insist.',
      attempt: 0,
      turn: 1,
      points: 40,
      kind: 'improve',
    },
    { dimension: 'brevity', tip: 'T3', message: 'You kept it short.', kind: 'good', points: 0 },
  ],
  // The line reviews come from the grader itself, as in the app.
  lines: gradeCall(toCallLog(context, scenario)).lines,
});

function renderDebrief(overrides: Partial<Parameters<typeof DebriefScreen>[0]> = {}) {
  return render(
    <DebriefScreen
      scenario={scenario}
      context={context}
      card={card}
      saved="saved"
      onRetry={() => undefined}
      onStartOver={() => undefined}
      onShowProgress={() => undefined}
      onExit={() => undefined}
      {...overrides}
    />,
  );
}

describe('the debrief', () => {
  it('shows the overall score and every dimension, in numbers and in words', async () => {
    const { container } = renderDebrief();
    expect(screen.getByText('48')).toBeInTheDocument();
    for (const name of [
      'Timing: 70 / 100',
      'Brevity: 100 / 100',
      'Politeness: 60 / 100',
      'Purpose: 40 / 100',
      'Composure: 30 / 100',
    ]) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument();
    }
    expect(screen.getAllByText('Needs work').length).toBeGreaterThan(0);
    await expectNoAxeViolations(container);
  });

  it('ties each finding to its tip and to the line it is about', () => {
    renderDebrief();
    const composure = screen.getByRole('region', { name: 'Composure: 30 / 100' });
    // The card says what it lost; the problem itself is listed once, in the detail.
    expect(composure).toHaveTextContent('Lost 70 points to 1 problem');
    const detail = screen.getByRole('region', { name: 'Problems under Composure' });
    expect(detail).toHaveTextContent('To improve You demanded an answer.');
    expect(detail).toHaveTextContent('Your line: Why have you not called me back yet?');
    expect(detail).toHaveTextContent('Try: Ask, do not insist.');
    expect(within(detail).getByRole('link', { name: 'Tip: Stay composed' })).toHaveAttribute(
      'href',
      '#tip-T4',
    );
    expect(detail).toHaveTextContent('call 1, your line 1');
    expect(detail).toHaveTextContent('Composure −40');
    expect(screen.getByRole('region', { name: 'Brevity: 100 / 100' })).toHaveTextContent(
      'Well done You kept it short.',
    );
    expect(screen.getByRole('region', { name: 'The tips behind your score' })).toHaveTextContent(
      /Tips paraphrased from/,
    );
  });

  it('opens with the top three problems, each with the line at fault and what to say instead', async () => {
    const pushed = contextAfter([
      { type: 'plan.dial', day: 1, time: '10:00' },
      { type: 'caller.chose', index: 1 },
      { type: 'campaign.wait' },
    ]);
    const graded = gradeCall(toCallLog(pushed, scenario));
    const { container } = renderDebrief({ context: pushed, card: graded });
    const focus = screen.getByRole('region', { name: 'Work on these first' });
    const items = within(focus).getAllByRole('listitem');
    expect(items).toHaveLength(Math.min(3, graded.problems?.length ?? 0));
    expect(items.length).toBeGreaterThan(0);
    graded.focus?.forEach((p, i) => {
      expect(items[i]).toHaveTextContent(p.message);
      if (p.line) expect(items[i]).toHaveTextContent(`Your line: ${p.line}`);
    });
    // The pushy line is one problem, costing two dimensions, listed once on the page.
    const pushy = graded.problems?.find((p) => p.costs.composure && p.costs.politeness);
    expect(pushy).toBeDefined();
    // Once in the first three or the detail, and once under the line in the transcript.
    const mentions = screen.getAllByText(pushy?.message ?? '∅', { exact: false });
    expect(mentions).toHaveLength(graded.focus?.includes(pushy as never) ? 3 : 2);
    expect(screen.queryAllByText(/pressures the listener/)).toHaveLength(0);
    await expectNoAxeViolations(container);
  });

  it('marks the caller’s lines and gives a model line for a poor one', () => {
    renderDebrief();
    const transcript = screen.getByRole('list', { name: 'Transcript of call 1' });
    // The line itself comes first; the reasons under it may quote it again.
    const mine = within(transcript)
      .getAllByText(/I need an answer now/)[0]
      ?.closest('li');
    expect(mine).toHaveTextContent('Poor');
    expect(mine).toHaveTextContent(
      'A model line: “Hi Jo, this is Sam Rivera. Is the clerk job still open?”',
    );
  });

  it('retries from the chosen caller turn', async () => {
    const onRetry = vi.fn();
    renderDebrief({ onRetry });
    await userEvent.click(
      screen.getByRole('button', { name: 'Retry from this turn (call 1, your line 1)' }),
    );
    expect(onRetry).toHaveBeenCalledWith(0, 1);
  });

  it('starts over', async () => {
    const onStartOver = vi.fn();
    renderDebrief({ onStartOver });
    await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(onStartOver).toHaveBeenCalled();
  });

  it('shows an authored pressure choice costing composure, with the T4 finding on that line', async () => {
    // The choice is tagged `pressure` by its author; the real grader scores that tag.
    const pushed = contextAfter([
      { type: 'plan.dial', day: 3, time: '10:00' },
      { type: 'caller.chose', index: 1 },
      { type: 'campaign.wait' },
    ]);
    const graded = gradeCall(toCallLog(pushed, scenario));
    const { container } = renderDebrief({ context: pushed, card: graded });
    expect(screen.getByRole('heading', { name: /^Composure: \d+ \/ 100$/ })).not.toHaveTextContent(
      'Composure: 100',
    );
    const transcript = screen.getByRole('list', { name: 'Transcript of call 1' });
    const line = within(transcript)
      .getAllByText(/I need an answer now/)[0]
      ?.closest('li');
    expect(line).toHaveTextContent('Poor');
    expect(line).toHaveTextContent('(Tip: Stay composed)');
    await expectNoAxeViolations(container);
  });

  it('downloads the campaign’s xAPI statements as a JSON file', async () => {
    const made: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      made.push(blob);
      return 'blob:statements';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const statements = vi.fn(() => '[{"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"}}]');
    renderDebrief({ statements });
    expect(statements).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Download xAPI statements' }));
    expect(statements).toHaveBeenCalledTimes(1);
    expect(made).toHaveLength(1);
    expect(await made[0]?.text()).toContain('verbs/completed');
  });
  it('keeps the map of the calls behind a disclosure, fetched when opened', async () => {
    const { container } = renderDebrief();
    expect(container.querySelector('[data-node]')).toBeNull();
    await userEvent.click(screen.getByText('See your path on the map'));
    const list = await screen.findByRole('region', { name: 'The map as a list' });
    expect(within(list).getAllByText(/✓ Your path: call 1/).length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.map-on-path[data-node]').length).toBeGreaterThan(1);
    expect(container.querySelectorAll('.map-off-path[data-node]').length).toBeGreaterThan(0);
    await expectNoAxeViolations(container);
  });
});

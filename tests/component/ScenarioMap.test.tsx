import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createCampaignMachine } from '../../src/scenario/campaignMachine';
import type { CampaignEvent } from '../../src/scenario/campaignTypes';
import { loadLibrary } from '../../src/scenario/library';
import type { Scenario } from '../../src/scenario/schema';
import DebriefMap from '../../src/ui/map/DebriefMap';
import { ScenarioMap } from '../../src/ui/map/ScenarioMap';
import { expectNoAxeViolations } from '../helpers/axe';
import { scenarioSources } from '../helpers/scenarioFiles';

const scenario = loadLibrary(scenarioSources()).scenarios.find(
  (s) => s.id === 'friendly-receptionist',
) as Scenario;

const frame = () => screen.getByRole('group', { name: /^Map of “The friendly front desk”/ });
const zoom = () => screen.getByText(/^Zoom \d+%$/);
const drawingTransform = () => frame().querySelector('svg > g')?.getAttribute('transform');

describe('the scenario map', () => {
  it('draws every node, marked by who speaks, and is axe-clean', async () => {
    const { container } = render(<ScenarioMap scenario={scenario} />);
    const drawn = container.querySelectorAll('[data-node]');
    expect(drawn).toHaveLength(Object.keys(scenario.nodes).length + 1);
    const reception = container.querySelector('[data-node="reception"]');
    expect(reception).toHaveClass('map-node-receptionist');
    expect(reception).toHaveTextContent('Receptionist');
    const ending = container.querySelector('.map-end-got_update');
    expect(ending).toHaveTextContent('Ends: Got an update');
    await expectNoAxeViolations(container);
  });

  it('zooms and moves with the keyboard and the buttons', async () => {
    const user = userEvent.setup();
    render(<ScenarioMap scenario={scenario} />);
    expect(zoom()).toHaveTextContent('Zoom 100%');
    // Tab reaches the drawing's frame after the legend and the controls.
    for (let i = 0; i < 12 && document.activeElement !== frame(); i++) await user.tab();
    expect(frame()).toHaveFocus();
    await user.keyboard('+');
    expect(zoom()).toHaveTextContent('Zoom 125%');
    await user.keyboard('-');
    await user.keyboard('-');
    expect(zoom()).toHaveTextContent('Zoom 80%');
    const before = drawingTransform();
    await user.keyboard('{ArrowRight}');
    expect(drawingTransform()).not.toBe(before);
    await user.keyboard('0');
    expect(zoom()).toHaveTextContent('Zoom 100%');
    await user.click(screen.getByRole('button', { name: /Zoom in/ }));
    expect(zoom()).toHaveTextContent('Zoom 125%');
    await user.click(screen.getByRole('button', { name: 'Move down' }));
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(zoom()).toHaveTextContent('Zoom 100%');
  });

  it('lists each node with where each choice and route leads, as links to that node', async () => {
    const user = userEvent.setup();
    render(<ScenarioMap scenario={scenario} />);
    const list = screen.getByRole('region', { name: 'The map as a list' });
    const moves = within(list).getByRole('list', { name: 'Where reception leads' });
    const choice = within(moves)
      .getByText(/^Choice 1:/)
      .closest('li') as HTMLElement;
    const link = within(choice).getByRole('link');
    const target = scenario.nodes.reception?.reply?.choices[0]?.goto as string;
    expect(link).toHaveTextContent(target);
    expect(within(moves).getByText(/^Own words with pressure/)).toBeInTheDocument();
    const hash = window.location.hash;
    await user.click(link);
    expect(document.activeElement).toHaveTextContent(new RegExp(`^${target} —`));
    // The app's address is left alone.
    expect(window.location.hash).toBe(hash);
  });
});

describe('the map in the debrief', () => {
  it('marks the path taken and keeps the branches not taken', async () => {
    const actor = createActor(createCampaignMachine(scenario)).start();
    const events: CampaignEvent[] = [
      { type: 'plan.dial', day: 3, time: '10:30' },
      { type: 'caller.chose', index: 0 },
    ];
    for (const e of events) actor.send(e);
    const { container } = render(
      <DebriefMap scenario={scenario} context={actor.getSnapshot().context} />,
    );
    expect(container.querySelector('[data-node="reception"]')).toHaveClass('map-on-path');
    expect(container.querySelector('[data-node="whoIsCalling"]')).toHaveClass('map-off-path');
    expect(container.querySelector('[data-edge="reception:choice:0"]')).toHaveClass('map-on-path');
    const moves = screen.getByRole('list', { name: 'Where reception leads' });
    expect(
      within(moves)
        .getByText(/^Choice 1:/)
        .closest('li'),
    ).toHaveTextContent('You went this way: call 1');
    await expectNoAxeViolations(container);
  });

  it('offers to retry from a node where the learner spoke, as the transcript does', async () => {
    const actor = createActor(createCampaignMachine(scenario)).start();
    for (const e of [
      { type: 'plan.dial', day: 3, time: '10:30' },
      { type: 'caller.chose', index: 0 },
    ] satisfies CampaignEvent[]) {
      actor.send(e);
    }
    const context = actor.getSnapshot().context;
    const retried: [number, number][] = [];
    const { container } = render(
      <DebriefMap
        scenario={scenario}
        context={context}
        onRetry={(attempt, turn) => retried.push([attempt, turn])}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /^Retry from .* on call 1$/ }));
    const turn = context.attempts[0]?.turns.findIndex((t) => t.speaker === 'me') ?? -1;
    expect(retried).toEqual([[0, turn]]);
    // Only where the learner spoke: one node here.
    expect(screen.getAllByRole('button', { name: /^Retry from / })).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  it('draws where the model line would have led from a turn the learner had', async () => {
    const actor = createActor(createCampaignMachine(scenario)).start();
    for (const e of [
      { type: 'plan.dial', day: 3, time: '10:30' },
      { type: 'caller.chose', index: 1 },
    ] satisfies CampaignEvent[]) {
      actor.send(e);
    }
    const { container } = render(
      <DebriefMap scenario={scenario} context={actor.getSnapshot().context} />,
    );
    // Reception's model line names the caller and asks for Priya: the route for both.
    const routes = scenario.nodes.reception?.reply?.routes ?? [];
    const both = routes.findIndex((r) => r.when.join() === 'identify,ask_for_person');
    expect(both).toBeGreaterThanOrEqual(0);
    expect(container.querySelector(`[data-edge="reception:route:${both}"]`)).toHaveClass(
      'map-model',
    );
    expect(container.querySelectorAll('.map-model')).toHaveLength(1);
    const moves = screen.getByRole('list', { name: 'Where reception leads' });
    expect(
      within(moves)
        .getByText(/The model line goes this way/)
        .closest('li'),
    ).toHaveTextContent(/identify/);
    await expectNoAxeViolations(container);
  });
});

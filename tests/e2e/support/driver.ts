import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { createActor } from 'xstate';
import { callerSaid } from '../../../src/scenario/callerEvents';
import { toCallLog } from '../../../src/scenario/callLog';
import { type CampaignMachine, createCampaignMachine } from '../../../src/scenario/campaignMachine';
import type { CampaignEvent } from '../../../src/scenario/campaignTypes';
import { heardAt } from '../../../src/scenario/heardAt';
import { lineNow, settingOf } from '../../../src/scenario/lineMoment';
import { loadScenario } from '../../../src/scenario/load';
import { currentNodeId, eventsBeforeTurn, replayEvents } from '../../../src/scenario/replay';
import type { Scenario } from '../../../src/scenario/schema';
import { gradeCall } from '../../../src/scoring/index';
import type { Scorecard } from '../../../src/scoring/types';
import { choiceOrderAt } from '../../../src/ui/model/choiceOrder';
import { arrowToRadio, pressButton, tabTo } from './keyboard';
import { fakeSpeech, heardEvent, micButton } from './voice';

export type Input = 'pointer' | 'keyboard';

/** Reads a built-in scenario from disk, validated like the app does. */
export function builtInScenario(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const result = loadScenario(readFileSync(resolve(file), 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not load: ${JSON.stringify(result.problems)}`);
  return result.scenario;
}

/**
 * Plays a campaign in the browser and, step for step, in a local copy of the same machine: the
 * test says `choose(0)` like a walkthrough, the driver finds that line on screen (wherever the
 * shuffle put it) and checks the page shows what the machine says should happen.
 */
export class CampaignDriver {
  readonly scenario: Scenario;
  private readonly machine: CampaignMachine;
  private events: CampaignEvent[] = [];
  /** A workshop pack holds the scores for the end: the debrief says so instead of a score. */
  scoresHeld = false;

  constructor(
    readonly page: Page,
    /** A built-in scenario's id, or a scenario (a coach's own, loaded from its text). */
    scenario: string | Scenario,
    readonly input: Input = 'pointer',
  ) {
    this.scenario = typeof scenario === 'string' ? builtInScenario(scenario) : scenario;
    this.machine = createCampaignMachine(this.scenario);
  }

  /** The machine's state after the events so far. */
  get snapshot() {
    return createActor(this.machine, {
      snapshot: replayEvents(this.machine, this.events).persisted,
    })
      .start()
      .getSnapshot();
  }

  /** The scenario node the call is at (undefined outside a call). */
  get node(): string | undefined {
    return currentNodeId(this.snapshot);
  }

  /** Who hears the caller now, as the app classifies a typed line. */
  get heardNow() {
    const node = this.node;
    return heardAt(node === undefined ? undefined : this.scenario.nodes[node]);
  }

  /** The scorecard the grader gives the campaign so far. */
  get expectedCard(): Scorecard {
    return gradeCall(toCallLog(this.snapshot.context, this.scenario));
  }

  /** From the scenario list, opens this scenario. */
  async open(): Promise<void> {
    await this.press(this.page.getByRole('button', { name: `Practise “${this.scenario.title}”` }));
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText('Plan your call');
  }

  async thankYou(): Promise<void> {
    await this.press(this.page.getByRole('button', { name: 'Send a thank-you note first' }));
    await expect(this.page.getByRole('button', { name: 'Thank-you note sent' })).toBeFocused();
    this.record({ type: 'plan.thankYou' });
  }

  async dial(day: number, time: string): Promise<void> {
    await this.check(this.page.getByRole('radio', { name: new RegExp(`^Day ${day}\\b`) }));
    await this.check(this.page.getByRole('radio', { name: new RegExp(`^${time}`) }));
    await this.press(this.page.getByRole('button', { name: /^Dial / }));
    await this.step({ type: 'plan.dial', day, time });
  }

  /** Picks the authored choice `index` of the current node. */
  async choose(index: number): Promise<void> {
    const node = this.node;
    const authored = node ? this.scenario.nodes[node]?.reply?.choices[index]?.say : undefined;
    if (!authored) throw new Error(`no choice ${index} at ${node}`);
    // As the app shows it: placeholders filled for this call's moment and caller.
    const say = lineNow(this.snapshot.context, settingOf(this.scenario), authored);
    await this.press(this.page.getByRole('button', { name: say, exact: true }));
    await this.step({ type: 'caller.chose', index });
  }

  /**
   * Room mode, by keyboard: H, then each line's hands (in the order shown, Tab past each line
   * to the next box), then Enter goes with the line that has the most.
   */
  async showOfHands(hands: readonly number[]): Promise<void> {
    const node = this.node;
    const count = (node && this.scenario.nodes[node]?.reply?.choices.length) || 0;
    const order = choiceOrderAt(this.scenario.id, node, count);
    await this.page.keyboard.press('h');
    for (const [place, n] of hands.entries()) {
      const box = this.page.getByRole('spinbutton', { name: `Hands for line ${place + 1}` });
      await expect(box).toBeFocused();
      await this.page.keyboard.type(String(n));
      if (place < hands.length - 1) {
        await this.page.keyboard.press('Tab');
        await this.page.keyboard.press('Tab');
      }
    }
    await this.page.keyboard.press('Enter');
    const top = hands.indexOf(Math.max(...hands));
    const index = order[top];
    if (index === undefined) throw new Error(`no line ${top + 1} at ${node}`);
    const counts = Array.from({ length: count }, (_, i) => hands[order.indexOf(i)] ?? 0);
    await this.step({ type: 'caller.chose', index, room: { counts } });
  }

  /** Types a line of the caller's own. */
  async say(text: string): Promise<void> {
    const box = this.page.getByLabel('Or say it in your own words');
    if (this.input === 'keyboard') {
      await tabTo(this.page, box);
      await this.page.keyboard.type(text);
      await this.page.keyboard.press('Enter');
    } else {
      await box.fill(text);
      await box.press('Enter');
    }
    await this.step(callerSaid(text, undefined, this.heardNow));
  }

  /**
   * Says a line out loud through the fake engine (installed with `installFakeSpeech`): press
   * the microphone, answer the privacy notice with `consent` if it comes up, speak for `ms`,
   * press again. The driver mirrors the event the app saved, speaking time included.
   */
  async speak(text: string, options: { ms?: number; consent?: string } = {}): Promise<void> {
    const fake = fakeSpeech(this.page);
    await this.press(micButton(this.page));
    if (options.consent) await this.press(this.page.getByRole('button', { name: options.consent }));
    await expect(this.page.getByText('Listening: speak now')).toBeVisible();
    await fake.sound();
    if (options.ms) await this.page.waitForTimeout(options.ms);
    await fake.final(text);
    await this.press(micButton(this.page));
    await this.heard(text);
  }

  /** Waits for the app to send a heard line to the campaign, and mirrors that event. */
  async heard(text: string): Promise<void> {
    await this.step(await heardEvent(this.page, text));
  }

  /** Mirrors a line the test typed into the answer box itself (and sent). */
  async typed(text: string): Promise<void> {
    await this.page.getByLabel('Or say it in your own words').press('Enter');
    await this.step(callerSaid(text, undefined, this.heardNow));
  }

  async hangUp(): Promise<void> {
    await this.press(this.page.getByRole('button', { name: 'Hang up' }));
    await this.step({ type: 'caller.hungUp' });
  }

  async wait(): Promise<void> {
    await this.press(this.page.getByRole('button', { name: 'Wait for them to get back to me' }));
    await this.step({ type: 'campaign.wait' });
  }

  async moveOn(): Promise<void> {
    await this.press(this.page.getByRole('button', { name: 'Move on to other openings' }));
    await this.step({ type: 'campaign.moveOn' });
  }

  /** On the debrief, rewinds to one of the caller's lines (1-based, as the page counts them). */
  async retryFrom(call: number, line: number): Promise<void> {
    const attempts = this.snapshot.context.attempts;
    const turns = attempts[call - 1]?.turns ?? [];
    const turn = turns.map((t, i) => (t.speaker === 'me' ? i : -1)).filter((i) => i >= 0)[line - 1];
    const before =
      turn === undefined ? undefined : eventsBeforeTurn(this.events, attempts, call - 1, turn);
    if (!before) throw new Error(`no line ${line} in call ${call}`);
    await this.press(
      this.page.getByRole('button', {
        name: `Retry from this turn (call ${call}, your line ${line})`,
      }),
    );
    this.events = before;
    await this.expectOnScreen();
  }

  /** Checks the page shows where the machine is. */
  async expectOnScreen(): Promise<void> {
    const snapshot = this.snapshot;
    const h1 = this.page.getByRole('heading', { level: 1 });
    const calls = snapshot.context.attempts.length;
    if (snapshot.matches('call')) {
      await expect(h1).toHaveText(`Call ${calls} to ${this.scenario.setting.company}`);
      const turns = snapshot.context.attempts[calls - 1]?.turns ?? [];
      const last = turns[turns.length - 1];
      if (last)
        await expect(this.page.getByRole('list', { name: 'Transcript' })).toContainText(last.text);
      await expect(
        this.page.getByRole('list', { name: 'Transcript' }).getByRole('listitem'),
      ).toHaveCount(turns.length);
    } else if (snapshot.matches('betweenAttempts')) {
      await expect(h1).toHaveText(`Call ${calls} is over`);
    } else if (snapshot.matches('debrief')) {
      await expect(h1).toHaveText(`Debrief: ${this.scenario.title}`);
      if (this.scoresHeld) {
        await expect(this.page.getByText(/^Your scores are kept for the end/)).toBeVisible();
        await expect(this.page.getByText(/\/ 100 overall/)).toHaveCount(0);
      } else {
        await expect(this.page.getByText(/^\d+ \/ 100 overall$/)).toHaveText(
          `${this.expectedCard.overall} / 100 overall`,
        );
      }
    } else {
      await expect(h1).toContainText('Plan your call');
    }
  }

  private record(event: CampaignEvent) {
    this.events = [...this.events, event];
  }

  private async step(event: CampaignEvent) {
    this.record(event);
    await this.expectOnScreen();
  }

  private async press(target: Locator) {
    if (this.input === 'keyboard') await pressButton(this.page, target);
    else await target.click();
  }

  private async check(target: Locator) {
    if (this.input === 'keyboard') await arrowToRadio(this.page, target);
    else await target.check();
  }
}

import { expect, type Page, test } from '@playwright/test';
import { speakerName } from '../../src/ui/model/people';
import { CampaignDriver } from './support/driver';

/** What the live region should say now: the other side's lines since the caller's last one. */
function expectedAnnouncement(call: CampaignDriver): string {
  const attempts = call.snapshot.context.attempts;
  const turns = attempts[attempts.length - 1]?.turns ?? [];
  const lastMine = turns.findLastIndex((t) => t.speaker === 'me');
  return turns
    .slice(lastMine + 1)
    .map((t) => `${speakerName(call.scenario, t.role)}: ${t.text}`)
    .join(' ');
}

async function expectTurnAnnounced(page: Page, call: CampaignDriver): Promise<void> {
  const region = page.locator('[data-announcer]');
  await expect(region).toHaveText(expectedAnnouncement(call));
  // One message at a time, in a paragraph of its own (a repeated line still counts as new).
  await expect(region.locator('p')).toHaveCount(1);
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeFocused();
}

test('each turn announces only the other side’s new lines and brings focus back to the turn', async ({
  page,
}) => {
  await page.goto('/');
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.dial(3, '10:30');
  await expectTurnAnnounced(page, call);

  await call.say(
    'Hello, this is Sam Rivera about my interview with Priya Patel. Could I speak with her, please?',
  );
  expect(call.node).toBe('interviewerHello');
  await expectTurnAnnounced(page, call);
  // The typed line left the box, which takes the next line as before.
  await expect(page.getByLabel('Or say it in your own words')).toHaveValue('');

  await call.choose(0);
  await expectTurnAnnounced(page, call);
  await call.choose(0);
  await expectTurnAnnounced(page, call);
  await expect(page.locator('[data-announcer]')).not.toContainText('You:');
});

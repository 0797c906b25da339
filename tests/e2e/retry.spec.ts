import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';

test('after a pushy opening, the learner retries from that turn and takes the polite branch', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.dial(3, '10:30');
  await call.choose(2);
  expect(call.node).toBe('receptionistCalmsDown');
  await call.choose(1);
  await call.moveOn();
  const first = call.expectedCard.overall;

  const pushy = page
    .getByRole('list', { name: 'Transcript of call 1' })
    .getByRole('listitem')
    .filter({ hasText: 'Poor' })
    .first();
  await expect(pushy).toContainText('A model line:');
  await checkScreen(page, testInfo, '1-debrief-before-retry');

  await call.retryFrom(1, 1);
  expect(call.node).toBe('reception');
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeFocused();
  await checkScreen(page, testInfo, '2-call-after-retry');

  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();
  expect(call.expectedCard.overall).toBeGreaterThan(first);
  await checkScreen(page, testInfo, '3-debrief-after-retry');

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Plan your call: The friendly front desk',
  );
});

test('the debrief’s map offers to retry from a node on the path', async ({ page }, testInfo) => {
  await page.goto('/');
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.dial(3, '10:30');
  await call.choose(2);
  await call.choose(1);
  await call.moveOn();
  await page.getByText('See your path on the map').click();
  const retry = page.getByRole('button', { name: 'Retry from reception on call 1', exact: true });
  await expect(retry).toHaveCount(1);
  await checkScreen(page, testInfo, 'map-retry');
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeFocused();
  // Back at reception, with the receptionist's line on screen again.
  await expect(page.getByText(/Harbor Lane Logistics, this is Dana/).first()).toBeVisible();
});

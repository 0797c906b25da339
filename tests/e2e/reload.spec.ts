import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';

test('reloading in the middle of a call brings the learner back to the same turn', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.thankYou();
  await call.dial(4, '14:00');
  await call.choose(0);
  expect(call.node).toBe('interviewerHello');

  await page.reload();
  await call.expectOnScreen();
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible();
  await checkScreen(page, testInfo, '1-after-reload');

  // The restored call goes on as if nothing happened, note included.
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();
  await expect(page.getByText('1 call, after a thank-you note.')).toBeVisible();
});

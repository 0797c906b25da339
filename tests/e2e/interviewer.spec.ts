import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';

test('a caller reaches the interviewer directly, asks where things stand and reads the debrief', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const call = new CampaignDriver(page, 'still-deciding');
  await call.open();
  await call.dial(3, '10:30');
  await expect(page.getByText('On the line:')).toContainText(
    `${call.scenario.setting.interviewer}, your interviewer`,
  );
  await checkScreen(page, testInfo, '1-call');
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();
  await expect(
    page.getByRole('heading', { level: 3, name: /^Call 1: .*reached the interviewer$/ }),
  ).toBeVisible();
  // No thank-you note was sent: the debrief says so, tied to its tip.
  const notes = page.getByRole('link', { name: 'Tip: Send a thank-you note' });
  await expect(notes.first()).toBeVisible();
  await checkScreen(page, testInfo, '2-debrief');
});

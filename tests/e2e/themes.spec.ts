import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';

test('in the dark theme every screen of a call keeps WCAG AA contrast', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(14, 18, 22)');
  await checkScreen(page, testInfo, 'dark-1-pick');
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await checkScreen(page, testInfo, 'dark-2-plan');
  await call.dial(3, '10:30');
  await checkScreen(page, testInfo, 'dark-3-call');
  for (let i = 0; i < 4; i++) await call.choose(0);
  await call.wait();
  await checkScreen(page, testInfo, 'dark-4-debrief');
});

test('a printed debrief leaves out the header, the buttons and the footer', async ({ page }) => {
  await page.goto('/');
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.dial(3, '10:30');
  for (let i = 0; i < 4; i++) await call.choose(0);
  await call.wait();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start over' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Your scores' })).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { playTypedCampaign } from './support/typedCampaign';

test('after one visit the app opens, plays and grades a campaign with the network off', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a call to practise' }),
  ).toBeVisible();
  // The worker registers once the first screen is up, and is active once it has stored the app.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a call to practise' }),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // A typed line needs the grader's chunk (and its model) to be understood; the debrief grades.
  await playTypedCampaign(page);
  await expect(page.getByText(/^\d+ \/ 100 overall$/)).toBeVisible();
  await checkScreen(page, testInfo, 'offline-debrief');
  expect(failed).toEqual([]);
});

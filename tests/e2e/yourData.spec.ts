import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { playTypedCampaign } from './support/typedCampaign';

test('deleting all the data exports first if asked, and leaves nothing behind', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await playTypedCampaign(page);
  await page.getByRole('button', { name: 'See my progress' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await expect(
    page.getByRole('heading', { name: 'Delete all your data from this browser?' }),
  ).toBeFocused();
  await checkScreen(page, testInfo, 'confirm-delete');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export history first (JSON)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^follow-up-call-history-.+\.json$/);

  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(
    page.getByRole('region', { name: 'Your data' }).getByText(/Deleted\. Your finished campaigns/),
  ).toBeVisible();
  await expect(page.getByText(/No finished campaigns yet/)).toBeVisible();

  // Nothing comes back with a reload: no history, no campaign to continue, no app keys.
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Progress' })
    .click();
  await expect(page.getByText(/No finished campaigns yet/)).toBeVisible();
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('follow-up-call-trainer')),
    ),
  ).toEqual([]);
});

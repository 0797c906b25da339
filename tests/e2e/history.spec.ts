import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';

async function finishShortCampaign(page: Page) {
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.dial(3, '10:30');
  await call.hangUp();
  await call.moveOn();
  return call.expectedCard;
}

test('history goes out as a JSON file and comes back in another browser; a bad file is refused', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('/');
  const card = await finishShortCampaign(page);
  await page.getByRole('button', { name: 'See my progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByText(/Private by design/)).toBeVisible();
  await expect(page.getByRole('img', { name: / over 1 campaign, on .+: / })).toBeVisible();
  await checkScreen(page, testInfo, '1-progress');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export history (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^follow-up-call-history-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('history.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported.campaigns).toHaveLength(1);
  expect(exported.campaigns[0].scorecard.overall).toBe(card.overall);

  // A fresh browser profile: nothing stored yet.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/');
  await fresh.getByRole('button', { name: 'Progress' }).click();
  await expect(fresh.getByText(/No finished campaigns yet/)).toBeVisible();
  const input = fresh.getByLabel('Import a history file');

  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "something-else"}'),
  });
  await expect(
    fresh
      .getByRole('region', { name: 'Your progress' })
      .getByRole('status')
      .filter({ hasText: 'was not imported' }),
  ).toContainText(
    '“broken.json” was not imported. This is not a Follow-Up Call Trainer history file',
  );

  await input.setInputFiles(file);
  await expect(
    fresh
      .getByRole('region', { name: 'Your progress' })
      .getByRole('status')
      .filter({ hasText: 'Imported' }),
  ).toContainText('Imported 1 campaign');
  await expect(
    fresh.getByRole('table', { name: 'Finished campaigns, newest first' }),
  ).toContainText('The friendly front desk');

  // Importing the same file again adds nothing and keeps what is there.
  await input.setInputFiles(file);
  await expect(
    fresh.getByRole('region', { name: 'Your progress' }).getByRole('status'),
  ).toContainText('Imported 0 campaigns');
  await expect(fresh.getByRole('table').getByRole('row')).toHaveCount(2);

  // A damaged file is refused with the reason; the history is untouched.
  exported.campaigns[0].scorecard.overall = 'lots';
  await input.setInputFiles({
    name: 'damaged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(
    fresh.getByRole('region', { name: 'Your progress' }).getByRole('status'),
  ).toContainText('campaign 1 → scorecard → overall');
  await expect(fresh.getByRole('table').getByRole('row')).toHaveCount(2);
  await checkScreen(fresh, testInfo, '2-imported');

  await fresh.getByRole('button', { name: 'Scenarios' }).click();
  await expect(fresh.getByRole('article', { name: 'The friendly front desk' })).toContainText(
    `${card.overall} / 100`,
  );
  await other.close();
});

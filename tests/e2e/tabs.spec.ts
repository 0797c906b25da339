import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';

const FRONT_DESK = 'The friendly front desk';

test('a campaign belongs to one tab: a second tab takes it over or starts another, and nothing is lost', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/');
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.dial(3, '10:30');
  const heading = page.getByRole('heading', { level: 1 });
  const onCall = await heading.textContent();

  // A second tab does not open the same call; it says where it is and what it can do.
  const second = await context.newPage();
  await second.goto('/');
  const elsewhere = second.getByRole('region', { name: `“${FRONT_DESK}” is open in another tab` });
  await expect(elsewhere).toContainText('Take it over here');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Choose a call to practise');
  await checkScreen(second, testInfo, '1-second-tab');

  // Taking it over (Web Locks' steal): the call moves, the first tab stops where it was.
  await elsewhere.getByRole('button', { name: `Take over “${FRONT_DESK}” here` }).click();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(onCall ?? '');
  await expect(heading).toHaveText(`“${FRONT_DESK}” moved to another tab`);
  await expect(page.getByRole('button', { name: 'Hang up' })).toHaveCount(0);
  await checkScreen(page, testInfo, '2-moved');

  // The second tab goes on; the first takes it back from there, by keyboard.
  await second.getByRole('button', { name: 'Hang up' }).click();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Call 1 is over');
  await page.bringToFront();
  await page.getByRole('button', { name: 'Take it back here' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Call 1 is over');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(
    `“${FRONT_DESK}” moved to another tab`,
  );

  // The second tab starts another scenario: both campaigns are kept, each in its tab.
  await second.getByRole('button', { name: 'Choose another scenario' }).click();
  const other = new CampaignDriver(second, 'away-at-conference');
  await other.open();
  await other.dial(3, '10:30');
  await page.reload();
  await expect(heading).toHaveText('Call 1 is over');
  await second.reload();
  await other.expectOnScreen();

  // The first tab finishes; its result is saved once and the second tab's call goes on.
  await page.getByRole('button', { name: 'Move on to other openings' }).click();
  await expect(heading).toHaveText(`Debrief: ${FRONT_DESK}`);
  await page.getByRole('button', { name: 'See my progress' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await other.hangUp();
  await other.expectOnScreen();
});

test('with storage full and IndexedDB blocked, the call goes on, the learner is told once, and the history can be exported', async ({
  page,
}, testInfo) => {
  await page.addInitScript(() => {
    // Firefox with cookies blocked throws on reading indexedDB; a full disk refuses every write.
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'kept in this tab only' })).toBeVisible();
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.dial(3, '10:30');
  await call.hangUp();
  await expect(page.getByText('Your browser is not saving this call')).toHaveCount(1);
  await checkScreen(page, testInfo, '1-told-once');
  await call.moveOn();
  await page.getByRole('button', { name: 'See my progress' }).click();
  await expect(page.getByRole('table', { name: 'Finished campaigns, newest first' })).toContainText(
    FRONT_DESK,
  );
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export history (JSON)' }).click();
  const file = testInfo.outputPath('history.json');
  await (await downloading).saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported.campaigns).toHaveLength(1);
  expect(exported.campaigns[0].scorecard.overall).toBe(call.expectedCard.overall);
});

import { expect, test } from '@playwright/test';
import { checkScreen, screenshot } from './support/checks';
import { CampaignDriver } from './support/driver';
import { arrowToRadio, pressButton, tabTo } from './support/keyboard';

test('a facilitator builds a pack by keyboard; a participant opens its link fresh and plays it as set', async ({
  page,
  browser,
}, testInfo) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await pressButton(page, page.getByRole('link', { name: 'Make a workshop pack' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a workshop pack');

  const title = page.getByLabel('Workshop title');
  await tabTo(page, title);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Thursday jobs club');
  await pressButton(page, page.getByRole('button', { name: 'Add “The friendly front desk”' }));
  await pressButton(page, page.getByRole('button', { name: 'Add “Still deciding”' }));
  await pressButton(page, page.getByRole('button', { name: 'Move “Still deciding” up' }));
  await expect(page.getByRole('button', { name: 'Move “Still deciding” down' })).toBeFocused();
  // Choosing a line only; model lines hidden; scores at the end; voices stay off (the default).
  await tabTo(page, page.getByLabel('Type their own line'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('Show model lines in the debrief'));
  await page.keyboard.press('Space');
  await arrowToRadio(page, page.getByLabel(/^Only at the end/));

  const link = await page.getByRole('textbox', { name: 'The workshop link' }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/pack\/1\.[A-Za-z0-9_-]+$/);
  await pressButton(page, page.getByRole('button', { name: 'Copy the link' }));
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(page.getByRole('img', { name: /^QR code that opens the workshop/ })).toHaveCount(2);
  await checkScreen(page, testInfo, 'workshop-1-builder');

  // On paper: the handout alone, no buttons.
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('region', { name: 'Thursday jobs club' });
  await expect(handout).toBeVisible();
  await expect(handout).toContainText(link);
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the handout' })).toBeHidden();
  await screenshot(page, testInfo, 'workshop-2-handout-print');
  await page.emulateMedia({ media: 'screen' });

  await pressButton(page, page.getByRole('link', { name: 'how to run a 45-minute workshop' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Running a 45-minute workshop');
  await checkScreen(page, testInfo, 'workshop-3-guide');

  // A participant's phone: a fresh browser, nothing kept.
  const phone = await browser.newContext();
  const participant = await phone.newPage();
  await participant.goto(link);
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText(
    'Workshop: Thursday jobs club',
  );
  await checkScreen(participant, testInfo, 'workshop-4-name');
  await participant.getByLabel('Your name for this workshop').fill('Table 4');
  await participant.getByRole('button', { name: 'Continue' }).click();
  await expect(participant).toHaveURL(/#\/$/);
  await expect(participant.getByRole('article')).toHaveCount(2);
  await expect(participant.getByRole('article').getByRole('heading')).toHaveText([
    'Still deciding',
    'The friendly front desk',
  ]);
  await expect(participant.getByRole('region', { name: 'This workshop' })).toContainText(
    'You answer by choosing a line.',
  );
  await checkScreen(participant, testInfo, 'workshop-5-pick');

  const call = new CampaignDriver(participant, 'still-deciding');
  call.scoresHeld = true;
  await call.open();
  await call.dial(3, '10:30');
  await expect(participant.getByLabel('Or say it in your own words')).toHaveCount(0);
  await expect(participant.getByLabel('Mute voices (captions stay)')).toHaveCount(0);
  await checkScreen(participant, testInfo, 'workshop-6-call');
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();
  await expect(participant.getByText(/model line/i)).toHaveCount(0);
  await checkScreen(participant, testInfo, 'workshop-7-debrief');

  // A reload keeps the workshop; leaving it brings every scenario back.
  await participant.goto('/#/');
  await participant.reload();
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText(
    'Workshop: Thursday jobs club',
  );
  await expect(participant.getByRole('region', { name: 'This workshop' })).toContainText(
    'Finished so far: 1 of 2 scenarios.',
  );
  await participant.getByRole('button', { name: 'Leave this workshop' }).click();
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText(
    'Choose a call to practise',
  );
  await expect(participant.getByRole('article')).toHaveCount(9);
  await phone.close();
});

test('a changed pack link is refused with its reason and a way on', async ({ page }, testInfo) => {
  await page.goto('/#/pack/1.AAAAAAAAAA');
  await expect(page.getByRole('alert')).toContainText('This workshop link cannot be opened');
  await checkScreen(page, testInfo, 'workshop-refused');
  await page.getByRole('button', { name: 'Practise on your own instead' }).click();
  await expect(page.getByRole('article')).toHaveCount(9);
});

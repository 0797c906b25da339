import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';
import { pressButton, tabTo } from './support/keyboard';

const desk = 'friendly-receptionist';

test('a participant shows their results as a QR code; its code pasted into the dashboard adds them', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const call = new CampaignDriver(page, desk, 'keyboard');
  await call.open();
  await call.dial(3, '10:30');
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();

  await pressButton(page, page.getByRole('button', { name: 'See my progress' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeFocused();
  const name = page.getByLabel('Your name as the facilitator will see it (optional)');
  await tabTo(page, name);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Ama Owusu');
  const downloading = page.waitForEvent('download');
  await pressButton(page, page.getByRole('button', { name: 'Download my results file' }));
  await downloading;

  const qr = page.getByRole('img', { name: /QR code of your results/ });
  await expect(qr).toBeVisible();
  await expect(page.getByText(/the file always works/)).toBeVisible();
  const code = (await page.locator('[data-code]').getAttribute('data-code')) ?? '';
  expect(code).toMatch(/^fuct-results\.1\.[A-Za-z0-9_-]+$/);
  expect(code.length).toBeLessThanOrEqual(1500);
  // The text alternative holds the same code.
  await page.getByText('The code as text').click();
  await expect(page.getByLabel('Your results code')).toHaveValue(code);
  await checkScreen(page, testInfo, '1-hand-in-qr');

  // The facilitator, in a fresh browser context (another device): pastes the code.
  const laptop = await page.context().browser()?.newContext();
  if (!laptop) throw new Error('no browser');
  const dash = await laptop.newPage();
  await dash.goto('/#/dashboard');
  await expect(dash.getByRole('heading', { level: 1, name: 'Class dashboard' })).toBeVisible();
  // Headless Chromium on Linux has no BarcodeDetector: the page says so, and pasting works.
  await expect(dash.getByText(/This browser cannot read QR codes with a camera/)).toBeVisible();
  await checkScreen(dash, testInfo, '2-dashboard-scan');
  const field = dash.getByLabel('Or paste a results code');
  await tabTo(dash, field);
  await dash.keyboard.insertText(code);
  await pressButton(dash, dash.getByRole('button', { name: 'Add this code' }));
  await expect(dash.getByText('Loaded 1 results code.')).toBeVisible();
  await expect(dash.getByRole('heading', { name: '1 campaign by 1 person' })).toBeVisible();
  await expect(dash.getByRole('region', { name: 'Who finished' }).first()).toContainText(
    'Ama Owusu',
  );

  // A damaged code is listed with its reason; the participant stays.
  await field.fill(`${code.slice(0, 40)}${code[40] === 'A' ? 'B' : 'A'}${code.slice(41)}`);
  await pressButton(dash, dash.getByRole('button', { name: 'Add this code' }));
  await expect(
    dash.getByRole('region', { name: 'Files and codes that could not be loaded (1)' }),
  ).toContainText('This results code was changed or damaged');
  await expect(dash.getByRole('heading', { name: '1 campaign by 1 person' })).toBeVisible();
  await checkScreen(dash, testInfo, '3-dashboard-from-code');
  await laptop.close();
});

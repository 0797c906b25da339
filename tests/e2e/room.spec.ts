import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';
import { tabTo } from './support/keyboard';

test.use({ viewport: { width: 1920, height: 1080 } });

test('room mode: the room counts hands by keyboard, and the debrief shows the tally', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const toggle = page.getByRole('checkbox', { name: 'Room mode (projector)' });
  await tabTo(page, toggle);
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/\broom\b/);
  await checkScreen(page, testInfo, 'room-scenarios');

  const call = new CampaignDriver(page, 'friendly-receptionist', 'keyboard');
  await call.open();
  await call.dial(1, '10:30');
  const turn = page.getByRole('heading', { name: 'Your turn' });
  await expect(turn).toBeFocused();

  // For a projector: the status stays put, every numbered line and its box is above the fold.
  await expect(page.locator('.call-status')).toHaveCSS('position', 'sticky');
  await expect(page.getByText(/^Presenter keys:/)).toBeVisible();
  const boxes = page.getByRole('spinbutton', { name: /^Hands for line \d$/ });
  const lines = await boxes.count();
  expect(lines).toBeGreaterThanOrEqual(2);
  for (const box of await boxes.all()) {
    const where = await box.boundingBox();
    expect(where && where.y + where.height).toBeLessThanOrEqual(1080);
  }
  const size = await page
    .getByRole('button', { name: /Show the model answer/ })
    .evaluate((b) => Number.parseFloat(getComputedStyle(b.closest('form') ?? b).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);

  // M shows the model answer for this turn, M again hides it.
  await page.keyboard.press('m');
  await expect(page.getByText(/^Model answer:/)).toBeVisible();
  await checkScreen(page, testInfo, 'room-call');
  await turn.focus();
  await page.keyboard.press('m');
  await expect(page.getByText(/^Model answer:/)).toBeHidden();

  // Line 2 gets 14 hands, line 1 gets 9, the rest none.
  const hands = Array.from({ length: lines }, (_, place) => [9, 14][place] ?? 0);
  await call.showOfHands(hands);
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.moveOn();

  await expect(page.getByText(/^The room chose 2, 14 to 9\b/)).toBeVisible();
  await expect(page.locator('.overall-number')).toHaveCSS(
    'font-size',
    /^(?:[89]\d|1\d\d)(\.\d+)?px$/,
  );
  await checkScreen(page, testInfo, 'room-debrief');
});

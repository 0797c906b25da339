import { expect, test } from '@playwright/test';
import { CampaignDriver } from './support/driver';
import { pressButton } from './support/keyboard';

test('the whole flow works with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a call to practise' }),
  ).toBeVisible();
  const call = new CampaignDriver(page, 'friendly-receptionist', 'keyboard');

  await call.open();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await call.thankYou();
  await call.dial(1, '10:30');
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeFocused();
  while (call.snapshot.matches('call')) await call.choose(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await call.dial(4, '09:30');
  await call.say(
    'Hello, this is Sam Rivera calling about my interview with Priya Patel. Could I speak with her, please?',
  );
  expect(call.node).toBe('interviewerHello');
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await call.retryFrom(2, 2);
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeFocused();
  await call.hangUp();
  await call.moveOn();

  await pressButton(page, page.getByRole('button', { name: 'See my progress' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeFocused();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
});

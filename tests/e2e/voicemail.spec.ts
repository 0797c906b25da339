import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';

test('a late-evening caller leaves two voicemails over two days, then waits', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();

  await call.dial(3, '21:30');
  expect(call.node).toBe('afterHoursMachine');
  await expect(page.getByText('On the line:')).toContainText('voicemail');
  const left = page.getByRole('timer', { name: /Message time left/ });
  await expect(left).toHaveText(/^0:(30|29|28)$/);
  await checkScreen(page, testInfo, '1-voicemail');
  await call.choose(0);
  await expect(page.getByText('You left a voicemail.')).toBeVisible();

  // The first call's day is taken; earlier days are no longer possible.
  await expect(page.getByRole('radio', { name: /^Day 2\b/ })).toBeDisabled();
  await checkScreen(page, testInfo, '2-between');
  await call.dial(5, '21:30');
  expect(call.node).toBe('afterHoursMachine');
  await call.choose(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call 2 is over');

  await call.wait();
  await expect(
    page.getByRole('heading', { level: 3, name: /^Call 1: day 3 at 21:30, reached voicemail/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: /^Call 2: day 5 at 21:30, reached voicemail/ }),
  ).toBeVisible();
  // Calling at 21:30 costs timing: the grader's finding for it is in the debrief.
  const night = call.expectedCard.findings.find(
    (f) => f.dimension === 'timing' && f.attempt === 0 && f.kind !== 'good',
  );
  expect(night?.message).toContain('21:30');
  await expect(
    page.getByRole('listitem').filter({ hasText: night?.message }).first(),
  ).toBeVisible();
  await checkScreen(page, testInfo, '3-debrief');
});

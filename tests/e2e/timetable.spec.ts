import { expect, test } from '@playwright/test';
import { CampaignDriver } from './support/driver';

test('calling back in the late afternoon the gatekeeper advised is credited, not penalised', async ({
  page,
}) => {
  await page.goto('/');
  const call = new CampaignDriver(page, 'strict-gatekeeper');
  await call.open();
  // The planner names each day: the interview was on a Tuesday, so day 3 is a Friday.
  await expect(page.getByRole('radio', { name: /^Day 3\b/ })).toHaveAccessibleName(/Fri/);
  await expect(page.getByRole('radio', { name: /^Day 4\b/ })).toHaveAccessibleName(/Sat.*closed/);
  await call.dial(3, '10:30');
  await call.choose(0);
  await call.choose(0);
  expect(call.node).toBe('partnerSchedule');
  await call.choose(0);
  await call.dial(3, '16:30');
  await call.choose(0);
  await call.choose(0);
  await call.choose(1);
  await call.wait();

  const card = call.expectedCard;
  const timing = card.findings.filter((f) => f.dimension === 'timing');
  // The grader credits the advice followed and finds no fault in the timing of the call back.
  const credit = timing.find((f) => f.kind === 'good' && /right on time/.test(f.message));
  expect(credit).toBeDefined();
  expect(
    timing.filter((f) => f.kind === 'improve' && /call back|called again/.test(f.message)),
  ).toEqual([]);
  // And the debrief shows it.
  await page.getByRole('region', { name: /^Timing: \d+ \/ 100$/ }).waitFor();
  await expect(page.getByText(credit?.message ?? '∅')).toBeVisible();
  await expect(page.getByText(/before then/)).toHaveCount(0);
});

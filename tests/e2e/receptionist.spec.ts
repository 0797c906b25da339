import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';

test('a new user calls the front desk, is put through to the interviewer and reads the debrief', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a call to practise' }),
  ).toBeVisible();
  await checkScreen(page, testInfo, '1-pick');

  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.thankYou();
  await checkScreen(page, testInfo, '2-plan');

  await call.dial(3, '10:30');
  expect(call.node).toBe('reception');
  await expect(page.getByText('On the line:')).toContainText('Dana');
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeFocused();
  await checkScreen(page, testInfo, '3-call-reception');

  await call.choose(0);
  expect(call.node).toBe('interviewerHello');
  await expect(page.getByText('On the line:')).toContainText('Priya Patel');
  await call.choose(0);
  await call.choose(0);
  await checkScreen(page, testInfo, '4-call-interviewer');
  await call.choose(0);
  await expect(
    page.getByText('You spoke with the interviewer and heard where things stand.'),
  ).toBeVisible();
  await checkScreen(page, testInfo, '5-between');

  await call.wait();
  const card = call.expectedCard;
  for (const name of ['Timing', 'Brevity', 'Politeness', 'Purpose', 'Composure']) {
    await expect(
      page.getByRole('heading', { level: 3, name: new RegExp(`^${name}: \\d+ / 100$`) }),
    ).toBeVisible();
  }
  await expect(
    page.getByRole('heading', { level: 3, name: `Timing: ${card.dimensions.timing.score} / 100` }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Transcript of call 1' })
      .getByText(/^. (Good|Could be better|Poor)$/),
  ).toHaveCount(4);
  await expect(page.getByText('Saved to your progress on this device.')).toBeVisible();
  await checkScreen(page, testInfo, '6-debrief');

  await page.getByRole('button', { name: 'Choose another scenario' }).click();
  await expect(page.getByRole('article', { name: 'The friendly front desk' })).toContainText(
    `${card.overall} / 100`,
  );
});

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('a new user calls the front desk, reaches the interviewer and reads a scorecard', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a call to practise' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Practise “The friendly front desk”' }).click();
  await page.getByLabel('Days after the interview').fill('3');
  await page.getByLabel('Time of day').fill('10:30');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Dial' }).click();

  const transcript = page.getByRole('list', { name: 'Transcript' });
  await expect(transcript).toContainText('this is Dana');
  await page.getByRole('button', { name: /I interviewed with Priya Patel on Monday/ }).click();
  await expect(transcript).toContainText('Priya here');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: /Are you still considering me/ }).click();
  await expect(transcript).toContainText('still in the running');
  await page.getByRole('button', { name: /roughly when you'll make a decision/ }).click();
  await page.getByRole('button', { name: /that's really helpful/ }).click();

  await expect(page.getByRole('status')).toContainText('heard where things stand');
  await page.getByRole('button', { name: 'Wait for their call and see my score' }).click();

  const card = page.getByRole('region', { name: /Your scorecard/ });
  await expect(card).toBeVisible();
  for (const dimension of ['Timing', 'Brevity', 'Politeness']) {
    await expect(card.getByRole('term').filter({ hasText: dimension })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test('a typed line is understood and moves the call on', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Practise “The friendly front desk”' }).click();
  await page.getByLabel('Days after the interview').fill('3');
  await page.getByRole('button', { name: 'Dial' }).click();
  await page
    .getByLabel('…or say it in your own words')
    .fill('Hello, this is Sam Rivera about my interview with Priya Patel. Could I speak with her, please?');
  await page.getByRole('button', { name: 'Say it' }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toContainText('Priya here');
});

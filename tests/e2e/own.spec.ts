import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';

test('a coach copies a built-in scenario, breaks it, sees where, mends it and plays it', async ({
  page,
}, testInfo) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Open your own scenario' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Open your own scenario' }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: /Start from a copy of/ }).selectOption('too-soon');
  const box = page.getByLabel('Scenario file (YAML)');
  const copy = await box.inputValue();
  expect(copy).toContain('id: my-too-soon');
  await box.fill(copy.replace(/^difficulty: \w+$/m, 'difficulty: impossible'));
  await page.getByRole('button', { name: 'Check it' }).click();
  await expect(page.getByRole('alert')).toContainText(/my-too-soon\.yaml:\d+:\d+: difficulty/);
  await checkScreen(page, testInfo, 'own-1-problem');
  await box.fill(copy);
  await page.getByRole('button', { name: 'Check it' }).click();
  await page.getByRole('button', { name: /^Play “/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Plan your call');
  expect(violations).toEqual([]);
});

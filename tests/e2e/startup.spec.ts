import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'block' });

test('the starting message gives way to the app', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a call to practise' }),
  ).toBeVisible();
  await expect(page.getByText('Starting the practice calls…')).toHaveCount(0);
  await expect(page.getByText(/Part of the app did not load/)).toHaveCount(0);
});

test('a page whose script fails to load says what to do, without any script', async ({ page }) => {
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.fulfill({ status: 404 }));
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Follow-Up Call Trainer' }),
  ).toBeVisible();
  await expect(page.getByText('Starting the practice calls…')).toBeVisible();
  // The advice waits a few seconds, so a normal start never flashes it.
  await expect(page.getByText(/Part of the app did not load/)).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText(/Part of the app did not load/)).toContainText(
    'Check your connection, then reload the page.',
  );
});

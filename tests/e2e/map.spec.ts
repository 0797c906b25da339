import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';

test.use({ serviceWorkers: 'block' });

test('a scenario card opens its map, which zooms by keyboard and lists every node', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'See the map of “The friendly front desk”' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Map: The friendly front desk' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/#\/map\/friendly-receptionist$/);
  const frame = page.getByRole('group', { name: /^Map of “The friendly front desk”/ });
  await expect(frame.locator('[data-node="reception"]')).toBeVisible();
  await frame.focus();
  await page.keyboard.press('+');
  await expect(page.getByText('Zoom 125%')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('0');
  await expect(page.getByText('Zoom 100%')).toBeVisible();
  const list = page.getByRole('region', { name: 'The map as a list' });
  await list.getByRole('list', { name: 'Where reception leads' }).getByRole('link').first().click();
  await expect(page.locator('.map-list li:focus')).toHaveCount(1);
  await checkScreen(page, testInfo, 'map');
  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a call to practise' }),
  ).toBeVisible();
});

import { expect, type Locator, type Page } from '@playwright/test';

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 200): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < maxPresses; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs into a radio group, then uses the arrow keys until `target` is checked. */
export async function arrowToRadio(page: Page, target: Locator, maxPresses = 200): Promise<void> {
  const group = await target.getAttribute('name');
  for (let i = 0; i < maxPresses; i++) {
    const inGroup = await page.evaluate((name) => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.type === 'radio' && el.name === name;
    }, group);
    if (inGroup) break;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < 40; i++) {
    if (await target.isChecked()) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`the arrow keys never checked ${target}`);
}

/** Tab to a button, then Enter. */
export async function pressButton(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

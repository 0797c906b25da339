import { expect, type Page, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';

async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('every screen fits without sideways scrolling', async ({ page }, testInfo) => {
    await page.goto('/');
    await expectNoSideways(page);
    await checkScreen(page, testInfo, '1-pick');
    const call = new CampaignDriver(page, 'friendly-receptionist');
    await call.open();
    await expectNoSideways(page);
    await checkScreen(page, testInfo, '2-plan');
    await call.dial(3, '21:30');
    await expectNoSideways(page);
    await checkScreen(page, testInfo, '3-call');
    await call.choose(1);
    await expectNoSideways(page);
    await call.moveOn();
    await expectNoSideways(page);
    await checkScreen(page, testInfo, '4-debrief');
    await page.getByRole('button', { name: 'See my progress' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await expectNoSideways(page);
    await checkScreen(page, testInfo, '5-progress');
  });
});

test.describe('on a 375 × 667 phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('Progress shows one chart per scenario, each within the width and a part of the screen', async ({
    page,
  }, testInfo) => {
    const scenarios = ['friendly-receptionist', 'strict-gatekeeper', 'busy-callback'];
    await page.goto('/');
    for (const [n, id] of scenarios.entries()) {
      for (let campaign = 0; campaign < 2; campaign++) {
        const call = new CampaignDriver(page, id);
        if (campaign === 1) await page.getByRole('button', { name: 'Start over' }).click();
        else {
          if (n > 0) await page.getByRole('button', { name: 'Choose another scenario' }).click();
          await call.open();
        }
        await call.dial(3, '10:30');
        await call.hangUp();
        await call.moveOn();
        await expect(page.getByText('Saved to your progress on this device.')).toBeVisible();
      }
    }
    await page.getByRole('button', { name: 'See my progress' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    const charts = page.locator('figure.chart');
    await expect(charts).toHaveCount(scenarios.length);
    await expectNoSideways(page);
    await checkScreen(page, testInfo, 'progress-phone');
    for (const chart of await charts.all()) {
      await expect(
        chart.getByRole('img', { name: / over 2 campaigns, (?:from .+ to .+|on .+): / }),
      ).toBeVisible();
      const box = await chart.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(375);
      // Three charts (with their axes and labels) take less than one screen.
      expect(box?.height).toBeLessThanOrEqual(667 / scenarios.length);
    }
  });
});

test.describe('at 200% zoom on a laptop', () => {
  // 1280 px at 200% leaves 640 CSS px, with text twice as large.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('the call screen reflows and stays readable', async ({ page }, testInfo) => {
    await page.goto('/');
    const call = new CampaignDriver(page, 'friendly-receptionist');
    await call.open();
    await call.dial(3, '10:30');
    await expectNoSideways(page);
    await checkScreen(page, testInfo, 'call-zoomed');
  });
});

test.describe('with reduced motion asked for', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing pulses on the call screen', async ({ page }) => {
    await page.goto('/');
    const call = new CampaignDriver(page, 'friendly-receptionist');
    await call.open();
    await call.dial(3, '10:30');
    await expect(page.getByText('On the line:')).toBeVisible();
    // Nothing on the page is animating (the call's pulse included).
    const running = await page.evaluate(() => document.getAnimations().length);
    expect(running).toBe(0);
  });
});

test('a projector-sized screen uses the room without stretching lines too wide', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  const width = await page.getByRole('main').evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(1100);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Axe's WCAG 2.1 A/AA rules on the whole page, colour contrast included. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    ),
  ).toEqual([]);
}

/** A full-page screenshot kept with the test's artefacts in test-results/ (never committed). */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** The page is checked for axe violations and photographed: one call per screen visited. */
export async function checkScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, name);
}

import { expect, type Page, test } from '@playwright/test';
import { checkScreen } from './support/checks';

async function openOwn(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Open your own scenario' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Open your own scenario' }),
  ).toBeVisible();
}

/** The code editor's text box (CodeMirror's content, labelled), once it has loaded. */
const editorBox = (page: Page) =>
  page.locator('.cm-content').and(page.getByRole('textbox', { name: 'Scenario file (YAML)' }));

test('a coach copies a built-in scenario, breaks it in the editor, sees where, mends it and plays it', async ({
  page,
}, testInfo) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await openOwn(page);
  await page.getByRole('combobox', { name: /Start from a copy of/ }).selectOption('too-soon');
  const box = editorBox(page);
  await expect(box).toContainText('id: my-too-soon');
  const map = page.getByRole('region', { name: /^Map: / });
  await expect(map.getByRole('heading', { level: 2 })).toHaveText(
    'Map: Too keen, too soon (my copy)',
  );

  // A mistake typed on line 2: the id may not hold "!".
  await box.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type('!!');
  const summary = page.getByText(/^As you type:/);
  await expect(summary).toHaveText('As you type: 1 problem, marked in the editor (line 2).');
  await expect(page.locator('.cm-line').nth(1).locator('.cm-lintRange-error')).toBeVisible();
  await expect(page.getByText(/^Out of date:/)).toBeVisible();
  await page.keyboard.press('Control+Shift+M');
  await expect(page.locator('.cm-panel-lint')).toContainText(/my-too-soon\.yaml:2:\d+: id: /);
  await page.keyboard.press('Escape');
  await checkScreen(page, testInfo, 'own-1-problem');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkScreen(page, testInfo, 'own-1-problem-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Mended, then the title changed: the marks go and the map follows.
  await box.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  // Valid again; the copy keeps the built-in's warnings (choices the classifier reads
  // differently from their tags), which are no problems.
  await expect(summary).toHaveText(/^As you type: valid(\.|, \d+ warnings? )/);
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
  await expect(page.getByText(/^Out of date:/)).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(' v2');
  await expect(map.getByRole('heading', { level: 2 })).toHaveText(
    'Map: Too keen, too soon (my copy) v2',
  );

  await page.getByRole('button', { name: 'Check it' }).click();
  // Coverage in the browser: the copy keeps every path of the built-in scenario.
  await page.getByRole('button', { name: 'Check coverage' }).click();
  await expect(
    page.getByText(/^Every node is reached and every transition is taken/),
  ).toBeVisible();
  await page.getByRole('button', { name: /^Play “/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Plan your call');
  await page.getByRole('button', { name: 'Send a thank-you note first' }).click();
  // A reload mid-campaign finds the coach's own scenario again (checked again) and resumes it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Plan your call: Too keen, too soon (my copy) v2',
  );
  await expect(page.getByRole('button', { name: /Thank-you note sent/ })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the keyboard leaves the editor with Escape then Tab; Tab alone indents', async ({ page }) => {
  await openOwn(page);
  const box = editorBox(page);
  await box.focus();
  await page.keyboard.type('version: 1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await expect(page.locator('.cm-line').nth(1)).toHaveText('  ');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(box).not.toBeFocused();
  const outside = await page.evaluate(
    () =>
      document.activeElement !== document.body &&
      document.activeElement?.closest('.cm-editor') === null,
  );
  expect(outside).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(box).toBeFocused();
});

test('completion offers the schema’s fields and values', async ({ page }) => {
  await openOwn(page);
  const box = editorBox(page);
  await box.focus();
  await page.keyboard.type('diff');
  const list = page.getByRole('listbox');
  await expect(list.getByRole('option', { name: /difficulty/ })).toBeVisible();
  // CodeMirror ignores Enter for 75 ms after a list opens (so a fast typist's Enter is a newline).
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await expect(list.getByRole('option')).toHaveText([/easy/, /medium/, /hard/]);
  await page.waitForTimeout(150);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.cm-line').first()).toHaveText('difficulty: medium');
});

test('the field help reaches the keyboard: the field on the cursor’s line is said under the editor', async ({
  page,
}) => {
  await openOwn(page);
  const box = editorBox(page);
  await box.focus();
  await page.keyboard.type('version: 1');
  await page.keyboard.press('Enter');
  await page.keyboard.type('difficulty: ea');
  const help = page.locator('.field-at-cursor');
  await expect(help).toContainText('Field at the cursor: difficulty');
  await expect(help).toContainText('One of: easy, medium, hard.');
  await page.keyboard.press('ArrowUp');
  await expect(help).toContainText('Field at the cursor: version');
});

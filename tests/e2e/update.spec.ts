import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';
import { readTree, type StaticSite, startStaticSite } from './support/staticSite';

// A new version reaching a learner in the middle of a call: the built app is served from a
// host the test can rewrite, and a second build is put in place while the call goes on. The new
// version waits until the learner chooses to load it, and the call is kept across the reload.
const DIST = join(import.meta.dirname, '..', '..', 'dist');
const SECOND = '<meta name="app-build" content="second" />';

let site: StaticSite;
test.beforeEach(async () => {
  site = await startStaticSite(readTree(DIST));
});
test.afterEach(async () => {
  await site.close();
});

/** The files of a second build: another index.html, so the worker's precache list changes. */
function putSecondBuild(files: Map<string, Uint8Array>): void {
  const text = (name: string) => new TextDecoder().decode(files.get(name));
  const index = text('index.html');
  const worker = text('sw.js');
  const revision = /\{url:"index\.html",revision:"([0-9a-f]+)"\}/.exec(worker)?.[1];
  if (!revision) throw new Error('sw.js does not list index.html with a revision');
  files.set('index.html', new TextEncoder().encode(index.replace('<head>', `<head>${SECOND}`)));
  files.set('sw.js', new TextEncoder().encode(worker.replace(revision, 'second-build')));
}

test('a new version is offered, never forced, in the middle of a call and keeps the call', async ({
  page,
}, testInfo) => {
  await page.goto(site.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The first visit installs the worker; from the next page load on it is in charge.
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.dial(4, '14:00');
  await call.choose(0);
  expect(call.node).toBe('interviewerHello');

  let loads = 0;
  page.on('load', () => loads++);
  putSecondBuild(site.files);
  // What the app does hourly, now: ask the server for a new worker.
  await page.evaluate(() =>
    navigator.serviceWorker.getRegistration().then((r) => r?.update().then(() => undefined)),
  );
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'A new version of the trainer is ready' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  // Offered, not forced: the call is where it was and the page has not reloaded.
  await call.expectOnScreen();
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible();
  expect(loads).toBe(0);
  expect(await page.locator('meta[name="app-build"]').count()).toBe(0);
  await checkScreen(page, testInfo, 'update-offered');

  await page.getByRole('button', { name: 'Load the new version' }).click();
  await expect(page.locator('meta[name="app-build"]')).toHaveAttribute('content', 'second', {
    timeout: 15_000,
  });
  // The new page's head is read before its load event: wait for that one reload.
  await expect.poll(() => loads).toBe(1);
  // The new version picks the call up at the same turn, and it plays on to the debrief.
  await call.expectOnScreen();
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();
  await expect(page.getByText(/^\d+ \/ 100 overall$/)).toBeVisible();
});

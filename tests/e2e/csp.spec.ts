import { expect, type Page, test } from '@playwright/test';
import { playTypedCampaign } from './support/typedCampaign';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Collects every securitypolicyviolation in the page from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (e) => {
        window.cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        );
      },
      true,
    );
  });
  return () => page.evaluate(() => window.cspViolations);
}

test('the built page carries the strict policy', async ({ page }) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const directives = new Map(
    (policy ?? '').split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
  expect(directives.get('default-src')).toBe("'self'");
  expect(directives.get('script-src')).toBe("'self'");
  expect(directives.get('style-src')).toBe("'self'");
  expect(directives.get('object-src')).toBe("'none'");
  expect(directives.get('base-uri')).toBe("'none'");
  expect(policy).not.toContain('unsafe-');
});

test('a typed campaign under the strict CSP raises no violation', async ({ page }) => {
  const violations = await recordViolations(page);
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.goto('/');
  await playTypedCampaign(page);
  // The debrief's score bars are set through React's style prop.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Debrief');
  // Voice settings (their validation is zod's) and the progress screen, charts and all.
  await page.getByRole('button', { name: /voice settings/i }).click();
  await expect(page.getByRole('region', { name: /voice settings/i })).toBeVisible();
  await page.getByRole('button', { name: 'See my progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your data' })).toBeVisible();
  // The service worker registers after the first screen; its registration is covered too.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  expect(await violations()).toEqual([]);
  expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);

  // The check itself works: an inline script is refused, and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
});

test('a typed session asks nothing of any other origin', async ({ page, context, baseURL }) => {
  // The context sees the page's requests and its service worker's (precaching included).
  const requests: { url: string; byWorker: boolean }[] = [];
  context.on('request', (r) =>
    requests.push({ url: r.url(), byWorker: r.serviceWorker() !== null }),
  );
  await page.goto('/');
  await playTypedCampaign(page);
  await page.getByRole('button', { name: 'See my progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  const origin = new URL(baseURL ?? '').origin;
  const elsewhere = requests
    .map((r) => r.url)
    .filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
  // What was recorded: the grader's chunk, and the worker's own fetches.
  expect(requests.some((r) => /\/assets\/scoring-[^/]+\.js$/.test(r.url))).toBe(true);
  expect(requests.some((r) => r.byWorker)).toBe(true);
});

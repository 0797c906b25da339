import { expect, test } from '@playwright/test';
import { builtIn, choicesLog, fakeAttempt, fakeResults } from '../helpers/resultsFakes';
import { checkScreen } from './support/checks';
import { pressButton, tabTo } from './support/keyboard';

const desk = builtIn('friendly-receptionist');

function file(name: string, choices: number[]) {
  const results = fakeResults({
    name,
    attempts: [fakeAttempt({ id: `${name}-1`, log: choicesLog(desk, choices) })],
  });
  return {
    name: `${name}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(results)),
  };
}

test('a facilitator turns on an LRS; statements wait while it is down and arrive once when it is up', async ({
  page,
}, testInfo) => {
  // A fake LRS on the app's own origin (the page's policy allows only 'self').
  const lrs = { up: false, received: [] as string[], requests: 0, auth: '' };
  await page.route('**/fake-lrs/xapi/statements', async (route) => {
    lrs.requests += 1;
    lrs.auth = route.request().headers().authorization ?? '';
    if (!lrs.up) return route.fulfill({ status: 503, body: 'down' });
    const ids = (route.request().postDataJSON() as { id: string }[]).map((s) => s.id);
    if (ids.some((id) => lrs.received.includes(id))) return route.fulfill({ status: 409 });
    lrs.received.push(...ids);
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(ids),
    });
  });

  await page.goto('/#/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Class dashboard' })).toBeVisible();
  // Off by default: the footer promises nothing leaves, and the panel says off.
  await expect(page.getByRole('heading', { name: 'Send to an LRS: off' })).toBeVisible();
  await expect(page.getByText('Sending to an LRS is on')).toHaveCount(0);

  const endpoint = page.getByLabel('LRS endpoint');
  await tabTo(page, page.getByLabel('Send xAPI statements to this LRS'));
  await page.keyboard.press('Space');
  await tabTo(page, endpoint);
  await page.keyboard.type('http://127.0.0.1:9/nowhere');
  await expect(page.getByText('Give an https:// address')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(new URL('/fake-lrs/xapi/', page.url()).href);
  await page.keyboard.press('Tab');
  await page.keyboard.type('workshop-key');
  await page.keyboard.press('Tab');
  await page.keyboard.type('s3cret');
  await pressButton(page, page.getByRole('button', { name: 'Save the LRS settings' }));
  await expect(page.getByRole('heading', { name: 'Send to an LRS: on' })).toBeVisible();
  await expect(page.getByText('Sending to an LRS is on')).toBeVisible();
  await expect(page.getByText('On: results leave this device.')).toBeVisible();

  const picker = page.getByLabel('Choose results files');
  await tabTo(page, picker);
  await picker.setInputFiles([file('Ana', [1, 1]), file('Ben', [0, 0, 0, 0])]);
  await expect(page.getByRole('heading', { name: '2 campaigns by 2 people' })).toBeVisible();
  await pressButton(page, page.getByRole('button', { name: 'Send them to the LRS' }));
  await expect(page.getByText(/^Queued \d+ statements for 127\.0\.0\.1/)).toBeVisible();
  await expect(page.getByText(/statements are kept on this device.*answered 503/)).toBeVisible();
  expect(lrs.received).toEqual([]);
  expect(lrs.auth).toBe(`Basic ${Buffer.from('workshop-key:s3cret').toString('base64')}`);
  await checkScreen(page, testInfo, 'lrs-waiting');

  // The queue outlives a reload; the LRS comes back; "Send now" does not wait for the backoff.
  await page.reload();
  lrs.up = true;
  await pressButton(page, page.getByRole('button', { name: 'Send now' }));
  await expect(page.getByText(/^Sent \d+ so far\. Nothing is waiting to be sent\.$/)).toBeVisible();
  const sent = lrs.received.length;
  expect(sent).toBeGreaterThan(4);
  expect(new Set(lrs.received).size).toBe(sent);

  // The same campaigns again: queued before, never sent twice.
  await tabTo(page, picker);
  await picker.setInputFiles([file('Ana', [1, 1]), file('Ben', [0, 0, 0, 0])]);
  await pressButton(page, page.getByRole('button', { name: 'Send them to the LRS' }));
  await expect(page.getByText(/^Queued 0 statements .* were queued before/)).toBeVisible();
  expect(lrs.received).toHaveLength(sent);

  // Off again: nothing more goes.
  await tabTo(page, page.getByLabel('Send xAPI statements to this LRS'));
  await page.keyboard.press('Space');
  await pressButton(page, page.getByRole('button', { name: 'Save the LRS settings' }));
  await expect(page.getByRole('heading', { name: 'Send to an LRS: off' })).toBeVisible();
  await expect(page.getByText('Sending to an LRS is on')).toHaveCount(0);
});

import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { builtIn, choicesLog, fakeAttempt, fakeResults } from '../helpers/resultsFakes';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';
import { pressButton, tabTo } from './support/keyboard';

const desk = 'friendly-receptionist';

const PACK = { id: 'tue-am', title: 'Tuesday morning', scenarios: [desk, 'position-filled'] };

/** Another participant's file, as "Hand in my results" would have saved it. */
function otherFile(
  name: string,
  choices: number[],
  extra: { pack?: boolean; hands?: number[] } = {},
) {
  const log = choicesLog(builtIn(desk), choices);
  // A room's show of hands at the first branch (room mode keeps it with the turn).
  const first = log.attempts[0]?.turns.find((t) => t.speaker === 'me');
  if (first && extra.hands) first.room = { counts: extra.hands };
  const results = fakeResults({
    name,
    handedInAt: '2026-03-02T11:00:00.000Z',
    ...(extra.pack ? { pack: PACK } : {}),
    attempts: [fakeAttempt({ id: `${name}-1`, log })],
  });
  return {
    name: `${name}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(results)),
  };
}

test('a participant hands in a results file; the facilitator loads it with others into the dashboard and downloads the CSV', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const call = new CampaignDriver(page, desk, 'keyboard');
  await call.open();
  await call.dial(3, '10:30');
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();
  const card = call.expectedCard;

  await pressButton(page, page.getByRole('button', { name: 'See my progress' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeFocused();
  const name = page.getByLabel('Your name as the facilitator will see it (optional)');
  await tabTo(page, name);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Rivera, Sam "Sammy"');
  const downloading = page.waitForEvent('download');
  await pressButton(page, page.getByRole('button', { name: 'Download my results file' }));
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^follow-up-call-results-Rivera-Sam-Sammy-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const handedIn = testInfo.outputPath('sam.json');
  await download.saveAs(handedIn);
  const saved = JSON.parse(await readFile(handedIn, 'utf8'));
  expect(saved.format).toBe('follow-up-call-trainer/results');
  expect(saved.attempts).toHaveLength(1);
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved your results file' }),
  ).toBeVisible();
  await checkScreen(page, testInfo, '1-hand-in');

  // The facilitator: the footer leads to the dashboard.
  await pressButton(
    page,
    page.getByRole('button', { name: 'Open the class dashboard', exact: true }),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Class dashboard' })).toBeFocused();
  expect(page.url()).toMatch(/#\/dashboard$/);
  await checkScreen(page, testInfo, '2-dashboard-empty');

  // The system's file dialog is not the page's: the files are set on the focused picker.
  const picker = page.getByLabel('Choose results files');
  await tabTo(page, picker);
  await picker.setInputFiles([
    { name: 'sam.json', mimeType: 'application/json', buffer: await readFile(handedIn) },
    otherFile('Ana', [1, 1], { pack: true, hands: [9, 14, 0] }),
    otherFile('李小龍', [2, 2]),
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') },
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded 3 files' })).toContainText(
    'Loaded 3 files; 1 could not be loaded (listed with the reason).',
  );
  await expect(
    page.getByRole('region', { name: 'Files and codes that could not be loaded (1)' }),
  ).toContainText('broken.json: The file is not valid JSON');
  await expect(page.getByRole('heading', { name: '3 campaigns by 3 people' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Box plots of the class's scores/ })).toBeVisible();
  const who = page.getByRole('table', { name: /Who finished which scenario/ });
  await expect(who.getByRole('row', { name: /Rivera, Sam/ })).toContainText(String(card.overall));
  await expect(page.getByRole('region', { name: 'Choices at each branch point' })).toContainText(
    '1 of 3 room: 9 of 23 hands 1. Hi Dana, this is [your name].',
  );
  // Ana's file names a pack: "finished all" counts its two scenarios, played or not.
  await expect(page.getByText(/handed in for the workshop “Tuesday morning”/)).toBeVisible();
  await expect(page.getByText('Finished all 2 chosen scenarios: 0 of 3.')).toBeVisible();
  await checkScreen(page, testInfo, '3-dashboard');

  const csvDownload = page.waitForEvent('download');
  await pressButton(page, page.getByRole('button', { name: 'Download CSV' }));
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^class-results-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvPath = testInfo.outputPath('class.csv');
  await csv.saveAs(csvPath);
  const bytes = await readFile(csvPath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
  expect(rows).toHaveLength(4);
  expect(rows.map((r) => r[0])).toEqual(['participant', 'Ana', 'Rivera, Sam "Sammy"', '李小龍']);
  const sam = rows.find((r) => r[0]?.startsWith('Rivera'));
  expect(sam?.[8]).toBe(String(card.overall));

  // Every loaded campaign's xAPI statements, participants as accounts on the home page given.
  const home = page.getByLabel('Home page of the participants’ accounts');
  await tabTo(page, home);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('https://lms.example.edu');
  const xapiDownload = page.waitForEvent('download');
  await pressButton(page, page.getByRole('button', { name: 'Download xAPI statements' }));
  const xapi = await xapiDownload;
  expect(xapi.suggestedFilename()).toMatch(/^class-xapi-statements-\d{4}-\d{2}-\d{2}\.json$/);
  const xapiPath = testInfo.outputPath('class-xapi.json');
  await xapi.saveAs(xapiPath);
  const statements: {
    actor: { account: { homePage: string; name: string } };
    verb: { id: string };
  }[] = JSON.parse(await readFile(xapiPath, 'utf8'));
  expect(statements.filter((s) => s.verb.id.endsWith('/completed'))).toHaveLength(3);
  expect(new Set(statements.map((s) => s.actor.account.name))).toEqual(
    new Set(['Ana', 'Rivera, Sam "Sammy"', '李小龍']),
  );
  expect(statements.every((s) => s.actor.account.homePage === 'https://lms.example.edu')).toBe(
    true,
  );

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Choose results files')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Scores' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await pressButton(page, page.getByRole('button', { name: 'Clear the dashboard' }));
  await expect(page.getByRole('status').filter({ hasText: 'Cleared' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /campaigns? by/ })).toHaveCount(0);
});

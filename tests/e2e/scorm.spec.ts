import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { decodeSuspendData } from '../../src/lms/scorm';
import { PASS_SCORE } from '../../src/lms/xapi';
import { toCallLog } from '../../src/scenario/callLog';
import { readScormPackage } from '../helpers/scormManifest';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';
import { FINISHES, type LmsHost, STORED_CMI, startLmsHost } from './support/lmsHost';

const SCENARIO = 'friendly-receptionist';

let zip: Uint8Array;
let host: LmsHost;
let launch: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const out = join(mkdtempSync(join(tmpdir(), 'fuct-scorm-e2e-')), 'package.zip');
  // The package exactly as `npm run build:scorm -- --scenario …` makes it.
  execFileSync('npx', ['tsx', 'scripts/build-scorm.ts', '--scenario', SCENARIO, '--out', out], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  zip = readFileSync(out);
  rmSync(dirname(out), { recursive: true, force: true });
  launch = readScormPackage(zip).scos[0]?.attributes.href ?? '';
  host = await startLmsHost(unzipSync(zip), launch);
});

test.afterAll(async () => {
  await host?.close();
});

test('the package is SCORM 1.2 with one SCO, launched from a file in the zip', () => {
  const facts = readScormPackage(zip);
  expect(facts.schemaversion).toBe('1.2');
  expect(facts.organizations).toHaveLength(1);
  expect(facts.scos).toHaveLength(1);
  expect(launch).toBe('index.html');
  expect(facts.paths).toContain(launch);
  expect(facts.missing).toEqual([]);
  expect(facts.paths.some((p) => p.endsWith('.map'))).toBe(false);
});

test('an LMS launches the package, the learner resumes after a reload, and the LMS gets the result', async ({
  page,
}, testInfo) => {
  await page.goto(host.url);
  const sco = page.frameLocator('#sco');
  // The driver only looks things up by role and label, which a frame answers as a page does.
  const call = new CampaignDriver(sco as unknown as Page, SCENARIO);
  const get = (element: string) =>
    page.evaluate(
      (e) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(e),
      element,
    );
  const stored = () =>
    page.evaluate(
      (key) => JSON.parse(window.localStorage.getItem(key) ?? 'null'),
      STORED_CMI,
    ) as Promise<{ core: { exit: string }; interactions: Record<string, Record<string, string>> }>;

  // A package of one scenario opens straight into it.
  await expect(sco.getByRole('heading', { level: 1 })).toContainText('Plan your call');
  expect(await get('cmi.core.lesson_status')).toBe('incomplete');
  await call.thankYou();
  await call.dial(4, '14:00');
  await call.choose(0);
  expect(call.node).toBe('interviewerHello');
  const kept = decodeSuspendData(await get('cmi.suspend_data'));
  expect(kept?.session.scenarioId).toBe(SCENARIO);
  expect(kept?.session.events.map((e) => e.type)).toEqual([
    'plan.thankYou',
    'plan.dial',
    'caller.chose',
  ]);
  expect((await stored()).core.exit).toBe('suspend');

  // The LMS page is reloaded: the SCO finished its session as the page went, and the next
  // launch is given what was committed.
  await page.reload();
  expect(await page.evaluate((key) => window.localStorage.getItem(key), FINISHES)).toBe('1');
  await call.expectOnScreen();
  await expect(sco.getByRole('heading', { name: 'Your turn' })).toBeVisible();
  await checkScreen(page, testInfo, '1-resumed-in-the-lms');

  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();
  await checkScreen(page, testInfo, '2-debrief-in-the-lms');

  const card = call.expectedCard;
  const log = toCallLog(call.snapshot.context, call.scenario);
  await expect.poll(() => get('cmi.core.score.raw')).toBe(String(card.overall));
  expect(await get('cmi.core.lesson_status')).toBe(
    card.overall >= PASS_SCORE ? 'passed' : 'failed',
  );
  expect(await get('cmi.core.score.min')).toBe('0');
  expect(await get('cmi.core.score.max')).toBe('100');

  // One interaction per caller turn: the choice's id and the debrief's verdict for it.
  const verdicts = { good: 'correct', better: 'neutral', poor: 'wrong' } as const;
  const expected = log.attempts.flatMap((attempt, a) =>
    attempt.turns.flatMap((turn, t) => {
      if (turn.speaker !== 'me') return [];
      const review = card.lines?.find((l) => l.attempt === a && l.turn === t);
      return [
        {
          type: 'choice',
          student_response: turn.choice,
          result: review ? verdicts[review.verdict] : 'neutral',
        },
      ];
    }),
  );
  expect(expected.length).toBeGreaterThanOrEqual(3);
  expect(await get('cmi.interactions._count')).toBe(String(expected.length));
  const interactions = Object.values((await stored()).interactions);
  expect(interactions).toMatchObject(expected);
  for (const i of interactions) expect(i.id).toMatch(/^call1\.line\d\.[A-Za-z]+$/);

  // The suspend data holds the whole campaign, marked as reported; nothing is left under way.
  const done = decodeSuspendData(await get('cmi.suspend_data'));
  expect(done?.reported).toBe(true);
  expect(done?.session.events.at(-1)).toEqual({ type: 'campaign.wait' });
  expect((await stored()).core.exit).toBe('');
});

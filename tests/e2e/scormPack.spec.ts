import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { encodePack, newPack } from '../../src/workshop/pack';
import { readScormPackage } from '../helpers/scormManifest';
import { type LmsHost, startLmsHost } from './support/lmsHost';

// A workshop pack packaged for an LMS: `npm run build:scorm -- --pack <link>` carries the pack,
// so the package opens set up as the link would (its title, its scenarios, its settings).
const PACK = newPack({
  id: 'lms-pack',
  title: 'Career centre, week 3',
  scenarios: ['too-soon', 'friendly-receptionist'],
  settings: {
    modes: ['choose'],
    voices: false,
    modelAnswers: true,
    scores: 'each',
    askName: false,
  },
});

let zip: Uint8Array;
let host: LmsHost;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const out = join(mkdtempSync(join(tmpdir(), 'fuct-scorm-pack-')), 'package.zip');
  const link = `https://example.org/trainer/#/pack/${encodePack(PACK)}`;
  execFileSync('npx', ['tsx', 'scripts/build-scorm.ts', '--pack', link, '--out', out], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  zip = readFileSync(out);
  rmSync(dirname(out), { recursive: true, force: true });
  const launch = readScormPackage(zip).scos[0]?.attributes.href ?? '';
  host = await startLmsHost(unzipSync(zip), launch);
});

test.afterAll(async () => {
  await host?.close();
});

test('a pack packaged for an LMS opens with its title and only its scenarios', async ({ page }) => {
  const organization = readScormPackage(zip).organizations[0];
  const title = organization?.children.find((c) => c.name === 'title')?.text ?? '';
  expect(title).toContain('Career centre, week 3');
  await page.goto(host.url);
  const sco = page.frameLocator('#sco');
  await expect(sco.getByRole('heading', { level: 1 })).toHaveText(
    'Workshop: Career centre, week 3',
  );
  const practise = sco.getByRole('button', { name: /^Practise/ });
  await expect(practise).toHaveCount(2);
  await expect(practise.first()).toHaveAccessibleName(/too soon/i);
});

test('a refused pack stops the package build with its reason', () => {
  let message = '';
  try {
    execFileSync('npx', ['tsx', 'scripts/build-scorm.ts', '--pack', 'not-a-pack'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    message = String((error as { stderr?: Buffer }).stderr ?? '');
  }
  expect(message).toContain('the pack cannot be packaged');
});

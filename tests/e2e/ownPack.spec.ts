import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { loadScenario } from '../../src/scenario/load';
import { fakeScenarioYaml } from '../helpers/fakes';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';
import { pressButton, tabTo } from './support/keyboard';

const OWN_ID = 'my-thursday-call';
const OWN_TITLE = 'My Thursday call';
const OWN_YAML = fakeScenarioYaml({ id: OWN_ID, title: OWN_TITLE });

function ownScenario() {
  const loaded = loadScenario(OWN_YAML, `${OWN_ID}.yaml`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scenario;
}

/** On "Open your own scenario": the text typed (or pasted) into the editor, checked and kept. */
async function keepOwn(page: Page, fill: () => Promise<void>, title: string) {
  await page.goto('/#/own');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open your own scenario');
  await fill();
  await page.getByRole('button', { name: 'Check it' }).click();
  await expect(page.getByRole('heading', { name: `“${title}” is valid` })).toBeVisible();
  await page.getByRole('button', { name: 'Keep on this device' }).click();
  await expect(
    page.getByText(`“${title}” is kept on this device, under My scenarios.`),
  ).toBeVisible();
}

async function openBuilder(page: Page, title: string) {
  await pressButton(page, page.getByRole('link', { name: 'Make a workshop pack' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a workshop pack');
  const field = page.getByLabel('Workshop title');
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(title);
}

test('a coach keeps an own scenario, packs it with a built-in one; a fresh device plays it to the debrief, through a reload, and hands it in', async ({
  page,
  browser,
}, testInfo) => {
  // Three browsers, a whole campaign and two dashboards: longer than one screen's test.
  test.setTimeout(90_000);
  await keepOwn(
    page,
    async () => {
      const box = page
        .locator('.cm-content')
        .and(page.getByRole('textbox', { name: 'Scenario file (YAML)' }));
      await box.focus();
      await page.keyboard.insertText(OWN_YAML);
    },
    OWN_TITLE,
  );

  await openBuilder(page, 'Thursday jobs club');
  await expect(page.getByRole('region', { name: 'Your own scenarios' })).toContainText(
    `${OWN_TITLE} (your own, my-scenario.yaml; easy)`,
  );
  await pressButton(page, page.getByRole('button', { name: `Add “${OWN_TITLE}”` }));
  await pressButton(page, page.getByRole('button', { name: 'Add “Still deciding”' }));
  const link = await page.getByRole('textbox', { name: 'The workshop link' }).inputValue();
  // Small enough: the own scenario travels inside the link.
  expect(link).toMatch(/\/#\/pack\/1\.[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(4100);
  await expect(page.getByText('Too big for a link')).toHaveCount(0);
  await checkScreen(page, testInfo, 'own-pack-1-builder');

  // A participant's phone: a fresh browser with no own scenarios of its own.
  const phone = await browser.newContext();
  const participant = await phone.newPage();
  await participant.goto(link);
  await participant.getByLabel('Your name for this workshop').fill('Table 2');
  await participant.getByRole('button', { name: 'Continue' }).click();
  await expect(participant.getByRole('article').getByRole('heading')).toHaveText([
    OWN_TITLE,
    'Still deciding',
  ]);
  await checkScreen(participant, testInfo, 'own-pack-2-pick');

  const call = new CampaignDriver(participant, ownScenario());
  await call.open();
  await call.thankYou();
  // A reload mid-campaign finds the pack's own scenario again, checked again, and resumes.
  await participant.reload();
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText(
    `Plan your call: ${OWN_TITLE}`,
  );
  await expect(participant.getByRole('button', { name: /Thank-you note sent/ })).toBeVisible();
  await call.dial(3, '10:30');
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();
  await checkScreen(participant, testInfo, 'own-pack-3-debrief');

  // Hand in, and the facilitator's dashboard (which keeps the scenario) grades and names it.
  await participant.getByRole('button', { name: 'See my progress' }).click();
  const downloading = participant.waitForEvent('download');
  await participant.getByRole('button', { name: 'Download my results file' }).click();
  const handedIn = testInfo.outputPath('table2.json');
  await (await downloading).saveAs(handedIn);
  const saved = JSON.parse(await readFile(handedIn, 'utf8'));
  expect(saved.pack.scenarios).toEqual([OWN_ID, 'still-deciding']);
  expect(saved.attempts.map((a: { scenarioId: string }) => a.scenarioId)).toEqual([OWN_ID]);
  await phone.close();

  await page.goto('/#/dashboard');
  await page.getByLabel('Choose results files').setInputFiles(handedIn);
  await expect(page.getByRole('heading', { name: '1 campaign by 1 person' })).toBeVisible();
  const who = page.getByRole('table', { name: /Who finished which scenario/ });
  await expect(who.getByRole('row', { name: /Table 2/ })).toContainText(
    String(call.expectedCard.overall),
  );
  const choices = page.getByRole('region', { name: 'Choices at each branch point' });
  // Known on this device: every authored line, not only the words said.
  await expect(choices).toContainText(`${OWN_TITLE}: hello`);
  await expect(choices).toContainText('1 of 1 1. Hi Jo, it is Sam. Is the job still open?');
  await expect(choices).not.toContainText('not in the built-in scenario');
  await expect(choices).not.toContainText('Not built in, and not kept on this device');
  await checkScreen(page, testInfo, 'own-pack-4-dashboard');

  // On another laptop nothing is kept: the dashboard says so, and the pack's link makes it known.
  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await other.goto('/#/dashboard');
  await other.getByLabel('Choose results files').setInputFiles(handedIn);
  const otherChoices = other.getByRole('region', { name: 'Choices at each branch point' });
  await expect(otherChoices).toContainText(
    `Not built in, and not kept on this device: “${OWN_TITLE}” (${OWN_ID}).`,
  );
  await checkScreen(other, testInfo, 'own-pack-5-dashboard-unknown');
  await other.getByLabel('Or paste the workshop link').fill(link);
  await expect(otherChoices).toContainText('(not in the built-in scenario)');
  await other.getByRole('button', { name: 'Add its scenarios' }).click();
  await expect(otherChoices).not.toContainText('Not built in, and not kept on this device');
  await expect(otherChoices).not.toContainText('not in the built-in scenario');
  await expect(otherChoices).toContainText('1 of 1 1. Hi Jo, it is Sam. Is the job still open?');
  await laptop.close();
});

test('a pack too big for a link becomes a pack file; a fresh device opens it from the link’s page', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  // A copy of a built-in scenario is about as big as an own scenario gets: too big for a link.
  await keepOwn(
    page,
    async () => {
      await page.getByRole('combobox', { name: /Start from a copy of/ }).selectOption('too-soon');
      await expect(page.getByText(/^As you type: valid/)).toBeVisible();
    },
    'Too keen, too soon (my copy)',
  );
  await openBuilder(page, 'Friday club');
  await pressButton(page, page.getByRole('button', { name: 'Add “Too keen, too soon (my copy)”' }));
  const offer = page.getByRole('region', { name: 'Too big for a link: share a pack file' });
  await expect(offer).toContainText('a link holds at most 4,000: it is too big for a link');
  const downloading = page.waitForEvent('download');
  await pressButton(page, offer.getByRole('button', { name: /^Download the pack file/ }));
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('friday-club.pack.json');
  const file = testInfo.outputPath('friday-club.pack.json');
  await download.saveAs(file);
  const link = await page.getByRole('textbox', { name: 'The workshop link' }).inputValue();
  expect(link).toMatch(/\/#\/pack-file\/Friday%20club$/);
  await expect(page.getByRole('region', { name: 'Friday club' })).toContainText(
    'This workshop comes as a file, friday-club.pack.json',
  );
  await checkScreen(page, testInfo, 'own-pack-file-1-builder');

  const phone = await browser.newContext();
  const participant = await phone.newPage();
  await participant.goto(link);
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText(
    'Open a workshop pack file',
  );
  await expect(participant.getByText(/The workshop “Friday club” comes as a file/)).toBeVisible();
  await checkScreen(participant, testInfo, 'own-pack-file-2-open');
  const picker = participant.getByLabel('Open the pack file');
  await tabTo(participant, picker);
  await picker.setInputFiles(file);
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Workshop: Friday club');
  await participant.getByLabel('Your name for this workshop').fill('Kim');
  await participant.getByRole('button', { name: 'Continue' }).click();
  await expect(participant.getByRole('article').getByRole('heading')).toHaveText([
    'Too keen, too soon (my copy)',
  ]);
  await participant
    .getByRole('button', { name: 'Practise “Too keen, too soon (my copy)”' })
    .click();
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText(
    'Plan your call: Too keen, too soon (my copy)',
  );
  await phone.close();
});

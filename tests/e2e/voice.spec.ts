import { expect, test } from '@playwright/test';
import type { FakeSpeechWindow } from '../helpers/fakeSpeechInit';
import { checkScreen } from './support/checks';
import { CampaignDriver } from './support/driver';
import { pressButton, tabTo } from './support/keyboard';
import { fakeSpeech, installFakeSpeech, micButton } from './support/voice';

const BROWSER_ENGINE = 'Use the browser’s speech service (audio may go to a server)';

test('a caller hears the interviewer, answers out loud and sees their pace in the debrief', async ({
  page,
}, testInfo) => {
  await installFakeSpeech(page);
  await page.goto('/');
  const fake = fakeSpeech(page);
  const call = new CampaignDriver(page, 'still-deciding');
  await call.open();
  await call.dial(3, '10:30');
  // The line is captioned and spoken.
  await expect.poll(() => fake.spoken()).toEqual(['Camille speaking.']);

  // The first press brings the privacy notice, which says the audio may go to a server.
  await micButton(page).click();
  await expect(page.getByRole('heading', { name: 'Before you use the microphone' })).toBeFocused();
  const notice = page.getByRole('region', { name: 'Before you use the microphone' });
  await expect(notice).toContainText(
    "Your browser's speech recognition may send your audio to a server",
  );
  await expect(notice).toContainText("(Chrome's does)");
  // No on-device recognition here, so that is not offered.
  await expect(notice.getByRole('button')).toHaveText([BROWSER_ENGINE, 'Type instead']);
  await checkScreen(page, testInfo, '1-consent');
  await page.getByRole('button', { name: 'Type instead' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You chose to type' })).toBeVisible();

  await call.speak(
    "Um, hi Camille, it's Marcus Bell. Thanks again for Monday. Am I still in the running?",
    { ms: 1500, consent: BROWSER_ENGINE },
  );
  expect(call.node).toBe('camilleStillDeciding');
  await checkScreen(page, testInfo, '2-spoken');
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();

  const speaking = page.getByRole('region', { name: 'How you sounded' });
  await expect(speaking).toContainText('Speaking time');
  await expect(speaking).toContainText(/\d+ words a minute/);
  await expect(speaking).toContainText('1 filler');
  await expect(speaking).toContainText('Speech engines often leave out "um" and "uh"');
  await expect(page.getByText(/^Said out loud in/)).toBeVisible();
  await checkScreen(page, testInfo, '3-debrief');
});

test('by keyboard: Space held on the microphone answers out loud, on the device when offered', async ({
  page,
}) => {
  await installFakeSpeech(page, { onDevice: 'available' });
  await page.goto('/');
  const fake = fakeSpeech(page);
  const call = new CampaignDriver(page, 'still-deciding', 'keyboard');
  await call.open();
  await call.dial(3, '10:30');

  const mic = micButton(page);
  await tabTo(page, mic);
  await page.keyboard.down('Space');
  await page.keyboard.up('Space');
  const notice = page.getByRole('region', { name: 'Before you use the microphone' });
  await expect(notice).toContainText('your voice stays on this computer');
  await pressButton(page, notice.getByRole('button', { name: 'Listen on this device only' }));
  await expect(mic).toBeFocused();
  await expect(mic).toHaveAttribute('aria-pressed', 'true');
  expect((await fake.starts())[0]).toMatchObject({ lang: 'en-US', processLocally: true });
  await fake.sound();
  await fake.interim("Hi Camille, it's Marcus");
  await expect(
    page.getByText("Heard so far: “Hi Camille, it's Marcus”", { exact: true }),
  ).toBeVisible();
  await fake.final("Hi Camille, it's Marcus Bell. Am I still in the running?");
  await page.keyboard.press('Enter');
  await call.heard("Hi Camille, it's Marcus Bell. Am I still in the running?");
  expect(call.node).toBe('camilleStillDeciding');

  // Push-to-talk: hold Space while speaking, let go to finish.
  await tabTo(page, mic);
  await page.keyboard.down('Space');
  await expect(mic).toHaveAttribute('aria-pressed', 'true');
  await fake.sound();
  await fake.final("That's good to hear. When do you expect to decide?");
  await page.waitForTimeout(500);
  await page.keyboard.up('Space');
  await call.heard("That's good to hear. When do you expect to decide?");
  expect(call.node).toBe('camilleTimeline');
  expect(await fake.starts()).toHaveLength(2);
});

test('a browser without speech recognition says so in one line, and the caller types', async ({
  page,
}) => {
  await installFakeSpeech(page, { recognition: 'none' });
  await page.goto('/');
  const call = new CampaignDriver(page, 'still-deciding');
  await call.open();
  await call.dial(3, '10:30');
  await expect(
    page.getByText('This browser cannot turn speech into text, so type your answer instead.'),
  ).toBeVisible();
  await expect(micButton(page)).toHaveCount(0);
  await call.say("Hi Camille, it's Marcus Bell. Am I still in the running?");
  await expect
    .poll(() => fakeSpeech(page).spoken())
    .toContain(
      "Yes, absolutely. You're one of three we're still talking about. The team's split on a couple of things, so it's taking a bit longer than I'd hoped.",
    );
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();
});

/** Consent given on an earlier visit, so the microphone opens at once. */
const CONSENTED = { consentGiven: true };

for (const { code, reason, retry } of [
  {
    code: 'not-allowed',
    reason:
      'The microphone is blocked for this page; type your answer, or allow it in the site settings.',
    retry: false,
  },
  {
    code: 'service-not-allowed',
    reason: "The browser's speech service is turned off here, so type your answer instead.",
    retry: false,
  },
]) {
  test(`a ${code} error falls back to typing with one line of reason`, async ({ page }) => {
    const permission = code === 'not-allowed' ? 'denied' : 'granted';
    await installFakeSpeech(page, { permission }, CONSENTED);
    await page.goto('/');
    const call = new CampaignDriver(page, 'still-deciding');
    await call.open();
    await call.dial(3, '10:30');
    await micButton(page).click();
    if (code !== 'not-allowed') await fakeSpeech(page).fail(code);
    await expect(page.getByRole('status').filter({ hasText: reason })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(retry ? 1 : 0);
    await call.say("Hi Camille, it's Marcus Bell. Am I still in the running?");
    expect(call.node).toBe('camilleStillDeciding');
  });
}

test('when nothing is heard the caller can try again, and speak', async ({ page }) => {
  await installFakeSpeech(page, {}, CONSENTED);
  await page.goto('/');
  const fake = fakeSpeech(page);
  const call = new CampaignDriver(page, 'still-deciding');
  await call.open();
  await call.dial(3, '10:30');
  await micButton(page).click();
  await expect(page.getByText('Listening: speak now')).toBeVisible();
  await fake.fail('no-speech');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'No speech was heard; try again or type your answer.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Listening: speak now')).toBeVisible();
  await fake.sound();
  await fake.final("Hi Camille, it's Marcus Bell. Am I still in the running?");
  await micButton(page).click();
  await call.heard("Hi Camille, it's Marcus Bell. Am I still in the running?");
  expect(call.node).toBe('camilleStillDeciding');
});

test('a network error keeps the words heard so far in the answer box', async ({ page }) => {
  await installFakeSpeech(page, {}, CONSENTED);
  await page.goto('/');
  const fake = fakeSpeech(page);
  const call = new CampaignDriver(page, 'still-deciding');
  await call.open();
  await call.dial(3, '10:30');
  await micButton(page).click();
  await fake.sound();
  await fake.interim("Hi Camille, it's Marcus Bell");
  await fake.fail('network');
  await expect(
    page.getByRole('status').filter({
      hasText: "The browser's speech service could not be reached; try again or type your answer.",
    }),
  ).toBeVisible();
  const box = page.getByLabel('Or say it in your own words');
  await expect(box).toHaveValue("Hi Camille, it's Marcus Bell");
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await box.press('End');
  await box.pressSequentially('. Am I still in the running?');
  await call.typed("Hi Camille, it's Marcus Bell. Am I still in the running?");
  expect(call.node).toBe('camilleStillDeciding');
});

test('each caller turn starts the microphone afresh: the last failure goes, consent stays', async ({
  page,
}) => {
  await installFakeSpeech(page);
  await page.goto('/');
  const fake = fakeSpeech(page);
  const call = new CampaignDriver(page, 'still-deciding');
  await call.open();
  await call.dial(3, '10:30');
  await call.speak(
    "Hi Camille, it's Marcus Bell. Thanks again for Monday. Am I still in the running?",
    {
      consent: BROWSER_ENGINE,
    },
  );
  expect(call.node).toBe('camilleStillDeciding');
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeFocused();

  // This turn's microphone fails; a chosen line moves the call on and the failure goes with it.
  await micButton(page).click();
  await fake.sound();
  await fake.fail('network');
  const reason = page
    .getByRole('status')
    .filter({ hasText: "The browser's speech service could not be reached" });
  await expect(reason).toBeVisible();
  await call.choose(0);
  expect(call.snapshot.matches('call')).toBe(true);
  await expect(reason).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(micButton(page)).toHaveAttribute('aria-pressed', 'false');

  // The next spoken line needs no second consent.
  await call.speak('Thank you, that is good to hear. When might I hear back?');
  await expect(page.getByRole('region', { name: 'Before you use the microphone' })).toHaveCount(0);
});

test('with no voices installed the lines are captions only, and the call goes on', async ({
  page,
}) => {
  await installFakeSpeech(page, { voices: [] });
  await page.goto('/');
  const call = new CampaignDriver(page, 'still-deciding');
  await call.open();
  await call.dial(3, '10:30');
  while (call.snapshot.matches('call')) await call.choose(0);
  expect(await fakeSpeech(page).spoken()).toEqual([]);
  await expect(page.getByText(/^Last words, from Camille Dubois/)).toBeVisible();
});

test('a voice that never finishes holds up no caption', async ({ page }) => {
  await installFakeSpeech(page, { synthesis: 'never' });
  await page.goto('/');
  const fake = fakeSpeech(page);
  const call = new CampaignDriver(page, 'still-deciding');
  await call.open();
  await call.dial(3, '10:30');
  await expect.poll(() => fake.spoken()).toEqual(['Camille speaking.']);
  // Each choice shows the next line at once (the driver checks the transcript); the stuck
  // line is cut off and the next one spoken.
  while (call.snapshot.matches('call')) await call.choose(0);
  expect((await fake.spoken()).length).toBeGreaterThanOrEqual(4);
});

test('the voicemail greeting plays, then the tone, then the message time runs', async ({
  page,
}) => {
  await installFakeSpeech(page, { synthesis: 'manual' }, CONSENTED);
  await page.goto('/');
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.dial(3, '21:30');
  expect(call.node).toBe('afterHoursMachine');
  await expect(page.getByText('Your message starts after the tone.')).toBeVisible();
  const left = page.getByRole('timer', { name: /Message time left/ });
  await page.waitForTimeout(1200);
  await expect(left).toHaveText('0:30');
  await page.evaluate(() =>
    (window as unknown as FakeSpeechWindow).__fakeSpeech.synthesis.finish(),
  );
  await expect(page.getByText('Your message starts after the tone.')).toHaveCount(0);
  await expect(left).toHaveText(/^0:(29|28)$/, { timeout: 3000 });
  await call.speak(
    "Hi, this is Sam Rivera for Priya Patel about the analyst role. I'm still very interested. Thank you!",
    { ms: 1000 },
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call 1 is over');
});

test('voice settings open from the header, work by keyboard and are remembered', async ({
  page,
}, testInfo) => {
  await installFakeSpeech(page);
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Voice settings', exact: true });
  await pressButton(page, toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Voice settings' });
  const voices = panel.getByRole('checkbox', { name: 'Speak their lines aloud' });
  await expect(voices).toBeChecked();
  await checkScreen(page, testInfo, '1-settings');
  await tabTo(page, voices);
  await page.keyboard.press('Space');
  await expect(voices).not.toBeChecked();
  const mic = panel.getByRole('checkbox', { name: 'Let me answer with the microphone' });
  await tabTo(page, mic);
  await page.keyboard.press('Space');
  await expect(panel.getByLabel('Language')).toHaveValue('en-US');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await page.reload();
  const call = new CampaignDriver(page, 'still-deciding');
  await call.open();
  await call.dial(3, '10:30');
  await expect(page.getByRole('list', { name: 'Transcript' })).toContainText('Camille speaking.');
  await expect(micButton(page)).toHaveCount(0);
  expect(await fakeSpeech(page).spoken()).toEqual([]);
  await page.getByRole('button', { name: 'Voice settings', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Speak their lines aloud' })).not.toBeChecked();
});

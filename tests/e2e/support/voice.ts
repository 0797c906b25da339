import { expect, type Page } from '@playwright/test';
import type { CampaignEvent } from '../../../src/scenario/campaignTypes';
import type { VoiceSettings } from '../../../src/speech/index';
import { VOICE_SETTINGS_KEY } from '../../../src/speech/settings';
import {
  type FakeSpeechOptions,
  type FakeSpeechWindow,
  fakeSpeechInitScript,
} from '../../helpers/fakeSpeechInit';

const SESSION_KEY = 'follow-up-call-trainer/session';

/** Installs the fake Web Speech before the app loads; optional stored voice settings too. */
export async function installFakeSpeech(
  page: Page,
  options: FakeSpeechOptions = {},
  settings?: Partial<VoiceSettings>,
): Promise<void> {
  await page.addInitScript({ content: fakeSpeechInitScript(options) });
  if (settings) {
    await page.addInitScript(
      ([key, value]) => {
        if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
      },
      [VOICE_SETTINGS_KEY, JSON.stringify(settings)] as const,
    );
  }
}

/** The fake engine's controls, from the test's side (see `FakeSpeechControl`). */
export function fakeSpeech(page: Page) {
  return {
    sound: () =>
      page.evaluate(() => (window as unknown as FakeSpeechWindow).__fakeSpeech.recognition.sound()),
    interim: (text: string) =>
      page.evaluate(
        (t) => (window as unknown as FakeSpeechWindow).__fakeSpeech.recognition.interim(t),
        text,
      ),
    final: (text: string) =>
      page.evaluate(
        (t) => (window as unknown as FakeSpeechWindow).__fakeSpeech.recognition.final(t),
        text,
      ),
    fail: (code: string) =>
      page.evaluate(
        (c) => (window as unknown as FakeSpeechWindow).__fakeSpeech.recognition.fail(c),
        code,
      ),
    listening: () =>
      page.evaluate(
        () => (window as unknown as FakeSpeechWindow).__fakeSpeech.recognition.listening,
      ),
    starts: () =>
      page.evaluate(() => (window as unknown as FakeSpeechWindow).__fakeSpeech.recognition.starts),
    spoken: () =>
      page.evaluate(() =>
        (window as unknown as FakeSpeechWindow).__fakeSpeech.synthesis.spoken.map((s) => s.text),
      ),
  };
}

/** The microphone button on the call screen. */
export function micButton(page: Page) {
  return page.getByRole('button', { name: 'Speak your answer' });
}

/** The last event the app saved for the campaign under way. */
export async function lastSavedEvent(page: Page): Promise<CampaignEvent | undefined> {
  return page.evaluate((prefix) => {
    // Each tab's campaign is kept under its own key; the test has one tab, so one campaign.
    let latest: { events: CampaignEvent[]; revision?: number } | undefined;
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const session = JSON.parse(window.localStorage.getItem(key) ?? 'null') as typeof latest;
      if (session && (!latest || (session.revision ?? 0) >= (latest.revision ?? 0)))
        latest = session;
    }
    const events = latest?.events ?? [];
    return events[events.length - 1];
  }, `${SESSION_KEY}/`);
}

/** Waits until the app has sent the heard line to the campaign, and returns that event. */
export async function heardEvent(page: Page, text: string): Promise<CampaignEvent> {
  await expect
    .poll(async () => {
      const event = await lastSavedEvent(page);
      return event?.type === 'caller.said' ? event.text : undefined;
    })
    .toBe(text);
  const event = await lastSavedEvent(page);
  if (!event) throw new Error('no event saved');
  return event;
}

import { expect, type Page } from '@playwright/test';
import { CampaignDriver } from './driver';

/**
 * One campaign of "The friendly front desk" with a typed line (so the grader's chunk reads it)
 * from the scenario list to its debrief, where the scores are checked against the grader.
 */
export async function playTypedCampaign(page: Page): Promise<CampaignDriver> {
  const call = new CampaignDriver(page, 'friendly-receptionist');
  await call.open();
  await call.thankYou();
  await call.dial(4, '09:30');
  await call.say(
    'Hello, this is Sam Rivera calling about my interview with Priya Patel. Could I speak with her, please?',
  );
  expect(call.node).toBe('interviewerHello');
  while (call.snapshot.matches('call')) await call.choose(0);
  await call.wait();
  expect(call.snapshot.matches('debrief')).toBe(true);
  return call;
}

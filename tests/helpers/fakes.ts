import { stringify } from 'yaml';

/** A small valid scenario as plain data; pass overrides to vary it. */
export function fakeScenarioData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    id: 'tiny',
    title: 'Tiny',
    summary: 'A very short call.',
    difficulty: 'easy',
    tips: ['T2'],
    setting: { company: 'Acme', role: 'Clerk', interviewer: 'Jo Park' },
    campaign: {
      maxAttempts: 2,
      answer: [{ when: { hours: 'outside' }, goto: 'machine' }, { goto: 'hello' }],
    },
    nodes: {
      hello: {
        speaker: 'interviewer',
        says: 'Jo speaking.',
        reply: {
          choices: [
            {
              say: 'Hi Jo, it is Sam. Is the job still open?',
              intents: ['greeting', 'identify', 'ask_status'],
              goto: 'bye',
            },
          ],
          routes: [{ when: ['pressure'], goto: 'cool' }],
          otherwise: 'bye',
        },
      },
      cool: { speaker: 'interviewer', says: 'We will be in touch.', end: 'cut_short' },
      bye: { speaker: 'interviewer', says: 'Still deciding. Bye!', end: 'got_update' },
      machine: {
        speaker: 'voicemail',
        says: 'Leave a message.',
        reply: {
          limitSeconds: 30,
          choices: [{ say: 'Hi, Sam here.', intents: ['identify'], goto: 'saved' }],
          otherwise: 'saved',
        },
      },
      saved: { speaker: 'narrator', end: 'message_left' },
    },
    ...overrides,
  };
}

/** The fake scenario as YAML text. */
export function fakeScenarioYaml(overrides: Record<string, unknown> = {}): string {
  return stringify(fakeScenarioData(overrides));
}
